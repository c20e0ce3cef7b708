import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { ok } from "@/lib/commands/result";

// The account-wide switch: while off, every token of the account fails verification.
export const setApiAccess = defineCommand({
  capability: "api.toggleAccess",
  input: z.boolean({ error: "Choose whether API access is on or off." }),
  async run(tx, { actor, input: enabled }) {
    const account = await tx.account.findUniqueOrThrow({
      where: { id: actor.accountId },
      select: { id: true, name: true, apiAccessEnabled: true },
    });
    if (account.apiAccessEnabled === enabled) return ok(undefined);
    await tx.account.update({ where: { id: account.id }, data: { apiAccessEnabled: enabled } });
    await recordAuditEvent(
      tx,
      actor,
      enabled ? "account.api_access_enabled" : "account.api_access_disabled",
      { type: "account", id: account.id, label: account.name },
      { apiAccessEnabled: { from: account.apiAccessEnabled, to: enabled } },
    );
    return ok(undefined);
  },
});
