import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { sqliteFilePath, type DatabaseProvider } from "@/lib/config/database-url";

// How long a SQLite writer waits for another's lock before giving up. Writes are short
// transactions, so a few seconds covers any burst a single machine sees.
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export function sqliteAdapter(url: string): PrismaBetterSqlite3 {
  return new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS });
}

export function postgresAdapter(url: string, maxConnections = 10): PrismaPg {
  return new PrismaPg({ connectionString: url, max: maxConnections });
}

// PostgreSQL's one-byte internal type "char" and the text type, by OID.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// The schema engine describes a live PostgreSQL database by reading pg_catalog columns of
// type "char" (relkind, contype, …), which @prisma/adapter-pg 7.10 cannot map: every diff
// against a database failed with "Column type 'char' could not be deserialized". They hold
// one character, and pg already parses them as strings, so they are declared text.
export function catalogReadingPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
  const readCharAsText = async (config: pg.QueryConfig) => {
    const result = await query(config);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  pool.query = readCharAsText as typeof pool.query;
  return pool;
}

export function migrationAdapterFactory(
  provider: DatabaseProvider,
  url: string,
): SqlMigrationAwareDriverAdapterFactory {
  return provider === "sqlite"
    ? sqliteAdapter(url)
    : new PrismaPg(catalogReadingPool(url), { disposeExternalPool: true });
}
