import "server-only";
import { db, type DbTransaction } from "@/lib/db/client";
import { isUniqueConstraintError } from "@/lib/db/errors";

const ATTEMPTS = 3;

// A change and its audit event commit together. Two writers appending to one account's
// chain at the same moment collide on (accountId, seq); the loser simply runs again.
// Other unique violations (a duplicate token name) fail the same way on every attempt
// and reach the caller.
export async function auditedTransaction<T>(work: (tx: DbTransaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db().$transaction(work);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isUniqueConstraintError(error)) throw error;
    }
  }
}
