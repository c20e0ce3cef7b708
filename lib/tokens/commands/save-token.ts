import "server-only";
import { invalid, type ActionState } from "@/lib/commands/result";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import type { DbTransaction } from "@/lib/db/client";
import { isUniqueConstraintError } from "@/lib/db/errors";
import { TOKEN_FIELD_MESSAGES as M } from "../messages";
import { searchKey } from "../name-search/search-key";

// Runs a token write in an audited transaction and turns a name collision into the name
// field's message. Validation checks the name first; the unique index on (account, name)
// is what settles two saves racing for one name.
export async function saveToken<T>(
  work: (tx: DbTransaction) => Promise<ActionState<T>>,
): Promise<ActionState<T>> {
  try {
    return await auditedTransaction(work);
  } catch (error) {
    if (isUniqueConstraintError(error)) return invalid({ name: [M.nameTaken] });
    throw error;
  }
}

export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

// The columns derived from a token's name, written with it by every command that sets one:
// the key of its uniqueness and the key the name search compares.
export function nameKeys(name: string): { nameKey: string; searchKey: string } {
  return { nameKey: nameKey(name), searchKey: searchKey(name) };
}

export async function nameTaken(
  tx: DbTransaction,
  accountId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const clash = await tx.apiToken.findFirst({
    where: { accountId, nameKey: nameKey(name), ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return clash !== null;
}
