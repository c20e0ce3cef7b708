import "server-only";
import type { DbTransaction } from "@/lib/db/client";
import type { PersonSnapshot } from "./person-value";

// A person as an event about them should read forever: captured inside the command's
// transaction, beside the change it describes.
export function personSnapshot(tx: DbTransaction, userId: string): Promise<PersonSnapshot | null> {
  return tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
}
