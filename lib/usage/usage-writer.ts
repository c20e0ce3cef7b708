import "server-only";
import { db } from "@/lib/db/client";
import { sqliteThreadFor } from "@/lib/db/sqlite-thread";
import type { WriteUsage } from "./recorder";
import { writeUsageBatch } from "./write-usage";

// The writer thread's SQLite page cache: a flush touches scattered pages once each, so a
// larger cache would only add to the process's resident memory.
const WRITER_CACHE_KIB = 512;

// Where the recorder's flushes are written: on PostgreSQL through the client (its I/O never
// blocks the event loop); on SQLite by a thread of the process's own, so the synchronous
// reads and writes never hold verification.
export function usageWriter(databaseUrl: string): { write: WriteUsage; close: () => Promise<void> } {
  const thread = sqliteThreadFor(databaseUrl, WRITER_CACHE_KIB);
  if (!thread) return { write: (batch) => writeUsageBatch(db(), batch), close: async () => undefined };
  return {
    write: (batch) =>
      writeUsageBatch(db(), batch, {
        read: (query) => thread.all(query),
        run: (statements) => thread.run(statements),
      }),
    close: () => thread.close(),
  };
}
