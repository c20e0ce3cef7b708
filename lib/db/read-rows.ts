import "server-only";
import { db, type DbClient } from "./client";
import type { Prisma } from "./generated/sqlite/client";
import { sqliteThreadFor } from "./sqlite-thread";

// The rows of one raw query, through whichever connection the caller was given.
export type ReadRows = <T>(query: Prisma.Sql) => Promise<T[]>;

export const readThroughClient =
  (client: DbClient): ReadRows =>
  <T>(query: Prisma.Sql) =>
    client.$queryRaw<T[]>(query);

// Reads that must not hold the event loop: on SQLite on a thread of their own, with its own
// connection and a page cache of cacheKib (sqlite-thread.ts); on PostgreSQL through the
// client, whose I/O never blocks.
export type OffLoopReads = { read: ReadRows; close: () => Promise<void> };

export function readsOffTheEventLoop(databaseUrl: string, cacheKib: number): OffLoopReads {
  const thread = sqliteThreadFor(databaseUrl, cacheKib);
  if (!thread) return { read: readThroughClient(db()), close: async () => undefined };
  return { read: (query) => thread.all(query), close: () => thread.close() };
}
