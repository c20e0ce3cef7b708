import "server-only";
import type { Actor } from "@/lib/actions/actor";
import { ok, type ActionState } from "@/lib/actions/result";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { allowed, findAccountToken, notFound, refused } from "./guard";

// Permanent: the token stays listed with its revocation date and never verifies again.
// Its grace-period secret goes with it.
export async function revokeToken(actor: Actor, tokenId: unknown): Promise<ActionState> {
  if (!allowed(actor, "tokens.manage")) return refused();
  return auditedTransaction(async (tx) => {
    const token = await findAccountToken(tx, actor, tokenId, {
      id: true,
      name: true,
      hint: true,
      revokedAt: true,
    });
    if (!token) return notFound();
    if (token.revokedAt) return ok(undefined);
    const revokedAt = new Date();
    await tx.apiToken.update({
      where: { id: token.id },
      data: { revokedAt, revokedById: actor.userId, previousSecretHash: null, previousSecretExpiresAt: null },
    });
    await recordAuditEvent(
      tx,
      actor,
      "token.revoked",
      { type: "token", id: token.id, label: token.name, hint: token.hint },
      { revokedAt: { from: null, to: revokedAt } },
    );
    return ok(undefined);
  });
}
