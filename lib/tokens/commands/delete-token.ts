import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { ok } from "@/lib/commands/result";
import { accountToken } from "./account-token";

// Removes the token row entirely, so verification finds nothing. The audit log keeps the
// name and hint, which is all the history needs.
export const deleteToken = defineCommand({
  capability: "tokens.manage",
  target: accountToken({}),
  async run(tx, { actor, target: token }) {
    await tx.apiToken.delete({ where: { id: token.id } });
    await recordAuditEvent(tx, actor, "token.deleted", {
      type: "token",
      id: token.id,
      label: token.name,
      hint: token.hint,
    });
    return ok(undefined);
  },
});
