import "server-only";
import type { Actor } from "@/lib/actions/actor";
import { fail, ok, type ActionState } from "@/lib/actions/result";
import { NOT_ALLOWED } from "@/lib/auth/messages";
import { can } from "@/lib/auth/roles";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-event";

// The account-wide switch: while off, every token of the account fails verification.
export async function setApiAccess(actor: Actor, enabled: unknown): Promise<ActionState> {
  if (!can(actor.role, "api.toggleAccess")) return fail(NOT_ALLOWED);
  if (typeof enabled !== "boolean") return fail("Choose whether API access is on or off.");
  return auditedTransaction(async (tx) => {
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
  });
}
