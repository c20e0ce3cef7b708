import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { ok } from "@/lib/commands/result";
import { accountToken } from "./account-token";

// Permanent: the token stays listed with its revocation date and never verifies again.
// Its grace-period secret goes with it.
export const revokeToken = defineCommand({
  capability: "tokens.manage",
  target: accountToken({ revokedAt: true }),
  async run(tx, { actor, target: token }) {
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
  },
});
