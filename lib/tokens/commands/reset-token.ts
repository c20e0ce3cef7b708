import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { ok } from "@/lib/commands/result";
import { GRACE_PERIOD_MS, GRACE_PERIODS } from "../grace-period";
import { issueSecret } from "../issue-secret";
import { TOKEN_FIELD_MESSAGES } from "../messages";
import { changeableToken } from "./account-token";

const schema = z.object({
  grace: z.enum(GRACE_PERIODS, { error: TOKEN_FIELD_MESSAGES.graceRequired }).default("none"),
});

// A new secret for the same token. By default the old one stops verifying at once; with a
// grace period it keeps verifying until then, so integrations can switch without downtime.
export const resetToken = defineCommand({
  capability: "tokens.manage",
  input: schema,
  target: changeableToken({ publicId: true, secretHash: true }),
  async run(tx, { actor, input, target: token }) {
    const graceMs = GRACE_PERIOD_MS[input.grace];
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
  },
});
