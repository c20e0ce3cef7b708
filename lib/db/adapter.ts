import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { sqliteFilePath, type DatabaseProvider } from "@/lib/config/database-url";

// How long a SQLite writer waits for another's lock before giving up. Writes are short
// transactions, so a few seconds covers any burst a single machine sees.
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export function sqliteAdapter(url: string): PrismaBetterSqlite3 {
  return new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS });
}

export function postgresAdapter(url: string, maxConnections = 10): PrismaPg {
  return new PrismaPg({ connectionString: url, max: maxConnections });
}

export function migrationAdapterFactory(
  provider: DatabaseProvider,
  url: string,
): SqlMigrationAwareDriverAdapterFactory {
  return provider === "sqlite" ? sqliteAdapter(url) : postgresAdapter(url, 1);
}
