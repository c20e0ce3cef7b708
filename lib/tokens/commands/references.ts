import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { FieldErrors } from "@/lib/commands/result";
import type { DbTransaction } from "@/lib/db/client";
import { TOKEN_FIELD_MESSAGES as M } from "../messages";

// Checks what the schema cannot: that the chosen sections and version are in the catalogue
// and that the owner is the actor or an active technical user of the actor's account.
// Returns field errors, empty when every reference is good.
export async function checkReferences(
  tx: DbTransaction,
  actor: Actor,
  refs: { sectionIds?: string[]; apiVersionId?: string; ownerId?: string },
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (refs.sectionIds) {
    const found = await tx.apiSection.count({ where: { id: { in: refs.sectionIds } } });
    if (found !== refs.sectionIds.length) errors.sectionIds = [M.sectionsInvalid];
  }
  if (refs.apiVersionId) {
    const version = await tx.apiVersion.findUnique({
      where: { id: refs.apiVersionId },
      select: { id: true },
    });
    if (!version) errors.apiVersionId = [M.versionUnknown];
  }
  if (refs.ownerId && refs.ownerId !== actor.userId) {
    const owner = await tx.membership.findFirst({
      where: {
        accountId: actor.accountId,
        userId: refs.ownerId,
        deactivatedAt: null,
        user: { isTechnical: true },
      },
      select: { id: true },
    });
    if (!owner) errors.ownerId = [M.ownerUnknown];
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
