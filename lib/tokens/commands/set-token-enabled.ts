import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { fail, ok } from "@/lib/commands/result";
import { accountToken } from "./account-token";

export const REVOKED_IS_FINAL = "A revoked token cannot be changed.";

// Disable or enable a token. A disabled token fails verification until enabled again;
// a revoked one can never be enabled.
export const setTokenEnabled = defineCommand({
  capability: "tokens.manage",
  input: z.boolean({ error: "Choose whether to enable or disable the token." }),
  target: accountToken({ id: true, name: true, hint: true, disabledAt: true, revokedAt: true }),
  async run(tx, { actor, input: enabled, target: token }) {
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
  },
});
