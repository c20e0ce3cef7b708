import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/actions/actor";
import { fail, invalid, ok, type ActionState } from "@/lib/actions/result";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { IssuedSecret } from "../dto";
import { GRACE_PERIOD_MS, GRACE_PERIODS } from "../grace-period";
import { issueSecret } from "../issue-secret";
import { allowed, findAccountToken, notFound, refused } from "./guard";
import { REVOKED_IS_FINAL } from "./set-token-enabled";

const schema = z.object({
  grace: z.enum(GRACE_PERIODS, { error: "Choose how long the old secret stays valid" }).default("none"),
});

// A new secret for the same token. By default the old one stops verifying at once; with a
// grace period it keeps verifying until then, so integrations can switch without downtime.
export async function resetToken(
  actor: Actor,
  tokenId: unknown,
  input: unknown,
): Promise<ActionState<IssuedSecret>> {
  if (!allowed(actor, "tokens.manage")) return refused();
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);
  const graceMs = GRACE_PERIOD_MS[parsed.data.grace];

  return auditedTransaction(async (tx) => {
    const token = await findAccountToken(tx, actor, tokenId, {
      id: true,
      name: true,
      hint: true,
      publicId: true,
      revokedAt: true,
      secretHash: true,
    });
    if (!token) return notFound();
    if (token.revokedAt) return fail(REVOKED_IS_FINAL);
    const now = new Date();
    const issued = issueSecret(token.publicId);
    const previousSecretExpiresAt = graceMs > 0 ? new Date(now.getTime() + graceMs) : null;
    await tx.apiToken.update({
      where: { id: token.id },
      data: {
        secretHash: issued.secretHash,
        hint: issued.hint,
        rotatedAt: now,
        previousSecretHash: graceMs > 0 ? token.secretHash : null,
        previousSecretExpiresAt,
      },
    });
    await recordAuditEvent(
      tx,
      actor,
      "token.reset",
      { type: "token", id: token.id, label: token.name, hint: issued.hint },
      {
        hint: { from: token.hint, to: issued.hint },
        oldSecretValidUntil: { from: null, to: previousSecretExpiresAt },
      },
    );
    return ok({ tokenId: token.id, name: token.name, secret: issued.token });
  });
}
