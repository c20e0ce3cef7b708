import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { databaseProvider, sqliteFilePath } from "@/lib/config/database-url";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { SQLITE_BUSY_TIMEOUT_MS } from "./adapter";

// SQLite statements run on a thread of their own, over a second connection to the same
// file. better-sqlite3 is synchronous, so on the server's thread every statement holds
// every verification for as long as SQLite takes: a usage flush of 1,000 tokens tens to
// hundreds of milliseconds (about half of it the WAL checkpoint its commit triggers,
// bench:flush), a batch of 200 cache misses or a page of known ids several. WAL lets each
// connection read while another writes; a write waits for the lock as any other writer does.
export type SqliteThread = {
  // Runs the statements in one immediate transaction: all of them commit or none. Resolves
  // with the number of rows they changed.
  run(statements: Prisma.Sql[]): Promise<number>;
  // The rows of one query, as better-sqlite3 returns them (dates as the ISO text stored).
  all<T>(query: Prisma.Sql): Promise<T[]>;
  close(): Promise<void>;
};

type Settings = { file: string; driver: string; busyTimeoutMs: number; cacheKib: number; nice: number };

// The threads' scheduling priority (Linux nice, 0 being the server's own thread). Their
// work is bookkeeping and cache fills that no request waits on but a miss: on a core they
// share with the server's thread (one core, or every core busy) a usage flush or the
// known-id index's full read took it for 25–35 ms at a time, and every verification waited.
// At a lower priority the server's thread takes the core back as soon as it has work.
export const BACKGROUND_NICE = 10;
type Statement = { sql: string; values: unknown[] };
type Request = { id: number; statements: Statement[] } | { id: number; query: Statement };
type Reply = { id: number; rows?: unknown[]; changes?: number; error?: string };

// The thread's whole program, as source text (eval) so that it needs no file of its own
// next to whatever runs the server, and no bundler rewrites it: esbuild's bundle of the
// start turns a function's `require` into a helper the thread would not have. workerData
// is a Settings; each message a Request.
const THREAD_PROGRAM = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
// On Linux each thread has its own nice value, set through its thread id (elsewhere, and
// where lowering it is refused, the thread keeps the process's priority).
try {
  const threadId = Number(require("node:fs").readlinkSync("/proc/thread-self").split("/").pop());
  require("node:os").setPriority(threadId, workerData.nice);
} catch {}
const connection = new Database(workerData.file, { timeout: workerData.busyTimeoutMs });
connection.pragma("cache_size = -" + workerData.cacheKib);
const runAll = connection.transaction((statements) => {
  let changes = 0;
  for (const statement of statements) changes += connection.prepare(statement.sql).run(...statement.values).changes;
  return changes;
});
const prepared = new Map();
const rowsOf = (query) => {
  let statement = prepared.get(query.sql);
  if (!statement) {
    statement = connection.prepare(query.sql);
    if (prepared.size < 64) prepared.set(query.sql, statement);
  }
  return statement.all(...query.values);
};
parentPort.on("message", (message) => {
  try {
    if (message.query) parentPort.postMessage({ id: message.id, rows: rowsOf(message.query) });
    else {
      parentPort.postMessage({ id: message.id, changes: runAll.immediate(message.statements) });
    }
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

// Parameters as @prisma/adapter-better-sqlite3 binds them, so rows written here read back
// through Prisma exactly like rows it wrote: a date as ISO 8601 text with "+00:00".
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

const statementOf = (sql: Prisma.Sql): Statement => ({ sql: sql.sql, values: sql.values.map(sqliteValue) });

// The thread starts on the first request and is started again after it stopped.
export function sqliteThread(
  file: string,
  options: { busyTimeoutMs: number; cacheKib: number },
): SqliteThread {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  const failAll = (stopped: Worker) => (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    if (worker === stopped) worker = undefined;
  };
  const start = (): Worker => {
    const settings: Settings = {
      file,
      driver: createRequire(import.meta.url).resolve("better-sqlite3"),
      ...options,
      nice: BACKGROUND_NICE,
    };
    const started = new Worker(THREAD_PROGRAM, { eval: true, workerData: settings });
    // Requests still waiting keep the process alive; an idle thread does not.
    started.unref();
    started.on("message", (reply: Reply) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (waiting.size === 0) started.unref();
      if (reply.error === undefined) pending?.resolve(reply);
      else pending?.reject(new Error(reply.error));
    });
    started.on("error", failAll(started));
    started.on("exit", (code) =>
      failAll(started)(new Error(`the SQLite thread stopped (exit code ${code})`)),
    );
    return started;
  };
  const send = (request: (id: number) => Request): Promise<Reply> => {
    worker ??= start();
    const id = nextId++;
    const running = worker;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      running.ref();
      running.postMessage(request(id));
    });
  };
  return {
    async run(statements) {
      return (await send((id) => ({ id, statements: statements.map(statementOf) }))).changes ?? 0;
    },
    async all<T>(query: Prisma.Sql) {
      return ((await send((id) => ({ id, query: statementOf(query) }))).rows ?? []) as T[];
    },
    async close() {
      const stopping = worker;
      worker = undefined;
      await stopping?.terminate();
    },
  };
}

// A thread of the database's own when it is SQLite (the server's busy timeout, a page cache
// of cacheKib); null on PostgreSQL, whose client never blocks the event loop.
export function sqliteThreadFor(databaseUrl: string, cacheKib: number): SqliteThread | null {
  if (databaseProvider(databaseUrl) !== "sqlite") return null;
  return sqliteThread(sqliteFilePath(databaseUrl), { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS, cacheKib });
}
