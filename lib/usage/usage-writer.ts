import "server-only";
import { db } from "@/lib/db/client";
import { sqliteThreadFor } from "@/lib/db/sqlite-thread";
import type { WriteUsage } from "./recorder";
import { purgeExpiredUsage, throughClient, writeUsageBatch, type UsageConnection } from "./write-usage";

// The writer thread's SQLite page cache: a flush touches scattered pages once each, so a
// larger cache would only add to the process's resident memory.
const WRITER_CACHE_KIB = 512;

export type UsageWriter = {
  write: WriteUsage;
  // The retention purge (write-usage.ts), on the same connection.
  purge: (now: Date) => Promise<void>;
  close: () => Promise<void>;
};

// Where the recorder's flushes are written and old usage purged: on PostgreSQL through the
// client (its I/O never blocks the event loop); on SQLite by a thread of the process's own,
// so the synchronous reads and writes never hold verification.
export function usageWriter(databaseUrl: string): UsageWriter {
  const thread = sqliteThreadFor(databaseUrl, WRITER_CACHE_KIB);
  const onThread: UsageConnection | null = thread
    ? { read: (query) => thread.all(query), run: (statements) => thread.run(statements) }
    : null;
  // The client is looked up at each use, as everywhere else.
  const connection = () => onThread ?? throughClient(db());
  return {
    write: (batch) => writeUsageBatch(db(), batch, connection()),
    purge: (now) => purgeExpiredUsage(connection(), now),
    close: async () => thread?.close(),
  };
}
