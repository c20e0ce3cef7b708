import "server-only";
import type { Actor } from "@/lib/actions/actor";
import { fail, ok, type ActionState } from "@/lib/actions/result";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { allowed, findAccountToken, notFound, refused } from "./guard";

export const REVOKED_IS_FINAL = "A revoked token cannot be changed.";

// Disable or enable a token. A disabled token fails verification until enabled again;
// a revoked one can never be enabled.
export async function setTokenEnabled(
  actor: Actor,
  tokenId: unknown,
  enabled: unknown,
): Promise<ActionState> {
  if (!allowed(actor, "tokens.manage")) return refused();
  if (typeof enabled !== "boolean") return fail("Choose whether to enable or disable the token.");
  return auditedTransaction(async (tx) => {
    const token = await findAccountToken(tx, actor, tokenId, {
      id: true,
      name: true,
      hint: true,
      disabledAt: true,
      revokedAt: true,
    });
    if (!token) return notFound();
    if (token.revokedAt) return fail(REVOKED_IS_FINAL);
    if (enabled === (token.disabledAt === null)) return ok(undefined);
    const disabledAt = enabled ? null : new Date();
    await tx.apiToken.update({ where: { id: token.id }, data: { disabledAt } });
    await recordAuditEvent(
      tx,
      actor,
      enabled ? "token.enabled" : "token.disabled",
      { type: "token", id: token.id, label: token.name, hint: token.hint },
      { disabledAt: { from: token.disabledAt, to: disabledAt } },
    );
    return ok(undefined);
  });
}
