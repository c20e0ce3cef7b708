import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { notifyCommitted } from "@/lib/db/after-commit";
import { announceChange } from "@/lib/db/change-channel";
import { db, type DbClient, type DbTransaction } from "@/lib/db/client";
import { isSqliteBusyError, isUniqueConstraintError } from "@/lib/db/errors";

const ATTEMPTS = 3;
// A busy SQLite file (another worker process writing) is waited out a few more times, each
// after a short random pause so two colliding processes do not collide again.
const BUSY_ATTEMPTS = 10;
const BUSY_PAUSE_MS = 25;

// A change and its audit event commit together. Two writers appending to one account's
// chain at the same moment collide on (accountId, seq); the loser simply runs again.
// Other unique violations (a duplicate token name) fail the same way on every attempt
// and reach the caller. On SQLite, a transaction that meets another process's write lock
// is rolled back and runs again too.
//
// After the commit, this instance's after-commit listeners run (the verification runtime
// empties its cache), so the very next verification sees the change. Other instances hear
// it on PostgreSQL through a NOTIFY sent in the transaction (delivered at commit), and in
// any case through the audit table they poll (lib/verification/change-watch.ts). A
// transaction that rolled back changed nothing and notifies no one.
// Background jobs given their own client (tests racing two instances) pass it.
export async function auditedTransaction<T>(
  work: (tx: DbTransaction) => Promise<T>,
  client: DbClient = db(),
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let result: T;
    try {
      result = await client.$transaction(async (tx) => {
        const done = await work(tx);
        await announceChange(tx);
        return done;
      });
    } catch (error) {
      if (isSqliteBusyError(error) && attempt < BUSY_ATTEMPTS) {
        await sleep(Math.random() * BUSY_PAUSE_MS * attempt);
        continue;
      }
      if (attempt >= ATTEMPTS || !isUniqueConstraintError(error)) throw error;
      continue;
    }
    notifyCommitted();
    return result;
  }
}
