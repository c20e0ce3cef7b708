import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { ok } from "@/lib/commands/result";
import { changeableToken } from "./account-token";

export { REVOKED_IS_FINAL } from "./account-token";

// Disable or enable a token. A disabled token fails verification until enabled again;
// a revoked one can never be enabled.
export const setTokenEnabled = defineCommand({
  capability: "tokens.manage",
  input: z.boolean({ error: "Choose whether to enable or disable the token." }),
  target: changeableToken({ disabledAt: true }),
  async run(tx, { actor, input: enabled, target: token }) {
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
