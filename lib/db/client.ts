import "server-only";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { config } from "@/lib/config/env";
import { databaseProvider } from "@/lib/config/database-url";
import { postgresAdapter, sqliteAdapter } from "./adapter";

export type { Prisma } from "./generated/sqlite/client";

const APPEND_ONLY = "Audit events are append-only: they cannot be updated or deleted.";
function refuse(): never {
  throw new Error(APPEND_ONLY);
}

// The audit log is append-only twice over. Here, top-level updates and deletes of events
// fail with a clear message before any SQL is sent. Below, database triggers (migration
// 20261203073452_audit_integrity) refuse what this guard cannot see: nested writes from an
// account, raw SQL, foreign-key actions and other clients of the same database.
function withAppendOnlyAudit(client: SqliteClient) {
  return client.$extends({
    name: "append-only-audit",
    query: {
      auditEvent: { update: refuse, updateMany: refuse, upsert: refuse, delete: refuse, deleteMany: refuse },
    },
  });
}

export type DbClient = ReturnType<typeof withAppendOnlyAudit>;
export type DbTransaction = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];

// SQLite's page cache, per connection, in KiB. better-sqlite3 builds SQLite with 16 MB
// (SQLite's own default is 2 MB); the hot verification path reads from Keyward's record
// cache, so the larger page cache only added to the server's resident memory (B4, README).
const SQLITE_CACHE_KIB = 2_000;

function sqliteClient(url: string): SqliteClient {
  const client = new SqliteClient({ adapter: sqliteAdapter(url) });
  // The adapter opens a single connection, so this one statement sizes the process's cache.
  // It runs before any query issued after it; should it fail, the cache keeps its default.
  client.$executeRawUnsafe(`PRAGMA cache_size = -${SQLITE_CACHE_KIB}`).catch(() => undefined);
  return client;
}

// Both generated clients come from the same model (prisma/postgresql is derived from
// prisma/sqlite and a test keeps them equal), so the SQLite client's types describe both.
export function createDbClient(url: string): DbClient {
  const client =
    databaseProvider(url) === "sqlite"
      ? sqliteClient(url)
      : (new PostgresClient({ adapter: postgresAdapter(url) }) as unknown as SqliteClient);
  return withAppendOnlyAudit(client);
}

const globalForDb = globalThis as unknown as { keywardDb?: DbClient };

// One client per process (kept on globalThis so dev-mode reloads do not open new pools).
export function db(): DbClient {
  globalForDb.keywardDb ??= createDbClient(config().databaseUrl);
  return globalForDb.keywardDb;
}

export async function disconnectDb(): Promise<void> {
  const client = globalForDb.keywardDb;
  globalForDb.keywardDb = undefined;
  await client?.$disconnect();
}
