import "server-only";
import type { Actor } from "@/lib/actions/actor";
import { ok, type ActionState } from "@/lib/actions/result";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { allowed, findAccountToken, notFound, refused } from "./guard";

// Removes the token row entirely, so verification finds nothing. The audit log keeps the
// name and hint, which is all the history needs.
export async function deleteToken(actor: Actor, tokenId: unknown): Promise<ActionState> {
  if (!allowed(actor, "tokens.manage")) return refused();
  return auditedTransaction(async (tx) => {
    const token = await findAccountToken(tx, actor, tokenId, { id: true, name: true, hint: true });
    if (!token) return notFound();
    await tx.apiToken.delete({ where: { id: token.id } });
    await recordAuditEvent(tx, actor, "token.deleted", {
      type: "token",
      id: token.id,
      label: token.name,
      hint: token.hint,
    });
    return ok(undefined);
  });
}
