import "server-only";
import { db, type DbTransaction } from "@/lib/db/client";
import { isUniqueConstraintError } from "@/lib/db/errors";
import { dropCachedTokenRecords } from "@/lib/verification/invalidate";

const ATTEMPTS = 3;

// A change and its audit event commit together. Two writers appending to one account's
// chain at the same moment collide on (accountId, seq); the loser simply runs again.
// Other unique violations (a duplicate token name) fail the same way on every attempt
// and reach the caller.
//
// After the commit, this instance's verification cache is emptied, so the very next
// verification sees the change (other instances see it through the audit table; see
// lib/verification/change-watch.ts). A transaction that rolled back changed nothing.
export async function auditedTransaction<T>(work: (tx: DbTransaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await db().$transaction(work);
      dropCachedTokenRecords();
      return result;
    } catch (error) {
      if (attempt >= ATTEMPTS || !isUniqueConstraintError(error)) throw error;
    }
  }
}
