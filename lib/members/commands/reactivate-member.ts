import "server-only";
import type { Actor } from "@/lib/actions/actor";
import { ok, type ActionState } from "@/lib/actions/result";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { findAccountMember, mayManageMembers, memberStatus, memberTarget, notFound, refused } from "./guard";

// Lets a deactivated member back in with the role they had. Their tokens verify again,
// except those revoked, expired or disabled in the meantime.
export async function reactivateMember(actor: Actor, userId: unknown): Promise<ActionState> {
  if (!mayManageMembers(actor)) return refused();
  return auditedTransaction(async (tx) => {
    const member = await findAccountMember(tx, actor, userId);
    if (!member) return notFound();
    if (member.deactivatedAt === null) return ok(undefined);
    await tx.membership.update({ where: { id: member.id }, data: { deactivatedAt: null } });
    await recordAuditEvent(tx, actor, "member.reactivated", memberTarget(member), {
      status: { from: memberStatus(member.deactivatedAt), to: memberStatus(null) },
    });
    return ok(undefined);
  });
}
