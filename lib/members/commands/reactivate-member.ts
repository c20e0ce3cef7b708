import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { ok } from "@/lib/commands/result";
import { accountMember, memberStatus, memberTarget } from "./guard";

// Lets a deactivated member back in with the role they had. Their tokens verify again,
// except those revoked, expired or disabled in the meantime.
export const reactivateMember = defineCommand({
  capability: "members.manage",
  target: accountMember,
  async run(tx, { actor, target: member }) {
    if (member.deactivatedAt === null) return ok(undefined);
    await tx.membership.update({ where: { id: member.id }, data: { deactivatedAt: null } });
    await recordAuditEvent(tx, actor, "member.reactivated", memberTarget(member), {
      status: { from: memberStatus(member.deactivatedAt), to: memberStatus(null) },
    });
    return ok(undefined);
  },
});
