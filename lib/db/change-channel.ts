import "server-only";
import { databaseProvider } from "@/lib/config/database-url";
import { config } from "@/lib/config/env";
import type { DbTransaction } from "./client";

// The PostgreSQL channel on which a committed change is announced to every instance
// (lib/verification/change-notifications.ts listens). PostgreSQL delivers a NOTIFY only
// when its transaction commits, and never for one that rolls back.
export const CHANGE_CHANNEL = "keyward_changes";

// Called inside the transaction that changes something verification depends on
// (auditedTransaction). SQLite runs a single instance, which its after-commit listeners
// already cover.
export async function announceChange(tx: DbTransaction): Promise<void> {
  if (databaseProvider(config().databaseUrl) !== "postgresql") return;
  await tx.$executeRawUnsafe(`NOTIFY ${CHANGE_CHANNEL}`);
}
