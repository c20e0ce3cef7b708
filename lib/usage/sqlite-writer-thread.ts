import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Prisma } from "@/lib/db/generated/sqlite/client";

// SQLite statements run on a thread of their own, over a second connection to the same
// file. better-sqlite3 is synchronous, so on the server's thread a usage flush held every
// verification for as long as SQLite took to write: tens to hundreds of milliseconds for
// 1,000 tokens, about half of it the WAL checkpoint the commit triggers (bench:flush). WAL
// lets the server's connection keep reading meanwhile; a console write waits for the lock as
// it would for any other writer.
export type SqliteStatementRunner = {
  // Runs the statements in one immediate transaction: all of them commit or none.
  run(statements: Prisma.Sql[]): Promise<void>;
  close(): Promise<void>;
};

type Settings = { file: string; driver: string; busyTimeoutMs: number; cacheKib: number };
type Reply = { id: number; error?: string };

// The thread's whole program, as source text (eval) so that it needs no file of its own
// next to whatever runs the server, and no bundler rewrites it: esbuild's bundle of the
// start turns a function's `require` into a helper the thread would not have. workerData
// is a Settings.
const THREAD_PROGRAM = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const connection = new Database(workerData.file, { timeout: workerData.busyTimeoutMs });
connection.pragma("cache_size = -" + workerData.cacheKib);
const runAll = connection.transaction((statements) => {
  for (const statement of statements) connection.prepare(statement.sql).run(...statement.values);
});
parentPort.on("message", (message) => {
  try {
    runAll.immediate(message.statements);
    parentPort.postMessage({ id: message.id });
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

export function sqliteWriterThread(
  file: string,
  options: { busyTimeoutMs: number; cacheKib: number },
): SqliteStatementRunner {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
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
    };
    const started = new Worker(THREAD_PROGRAM, { eval: true, workerData: settings });
    // Writes still waiting keep the process alive; an idle thread does not.
    started.unref();
    started.on("message", (reply: Reply) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (waiting.size === 0) started.unref();
      if (reply.error === undefined) pending?.resolve();
      else pending?.reject(new Error(reply.error));
    });
    started.on("error", failAll(started));
    started.on("exit", (code) =>
      failAll(started)(new Error(`the SQLite writer thread stopped (exit code ${code})`)),
    );
    return started;
  };
  return {
    run(statements) {
      worker ??= start();
      const id = nextId++;
      const running = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        running.ref();
        running.postMessage({
          id,
          statements: statements.map((s) => ({ sql: s.sql, values: s.values.map(sqliteValue) })),
        });
      });
    },
    async close() {
      const stopping = worker;
      worker = undefined;
      await stopping?.terminate();
    },
  };
}
