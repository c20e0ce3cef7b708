import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { ok } from "@/lib/commands/result";
import { issueSecret } from "../issue-secret";
import { changeableToken } from "./account-token";

const GRACE_MS = {
  none: 0,
  "1h": 60 * 60 * 1000,
  "24h": 24 * 60 * 60 * 1000,
  "7d": 7 * 24 * 60 * 60 * 1000,
} as const;
const schema = z.object({
  grace: z
    .enum(["none", "1h", "24h", "7d"], { error: "Choose how long the old secret stays valid" })
    .default("none"),
});

// A new secret for the same token. By default the old one stops verifying at once; with a
// grace period it keeps verifying until then, so integrations can switch without downtime.
export const resetToken = defineCommand({
  capability: "tokens.manage",
  input: schema,
  target: changeableToken({ publicId: true, secretHash: true }),
  async run(tx, { actor, input, target: token }) {
    const graceMs = GRACE_MS[input.grace];
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
