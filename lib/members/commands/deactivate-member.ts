import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { fail, ok } from "@/lib/commands/result";
import { MEMBER_MESSAGES as M } from "../messages";
import {
  endSessionsIfLockedOut,
  lockedAccountMember,
  memberStatus,
  memberTarget,
  wouldRemoveLastAdministrator,
} from "./guard";

// Takes a member out of the account without deleting anything: they can no longer sign in
// to it (their session stops on its next request, as sessions read memberships every time)
// and every token they own fails verification until they are reactivated. Administrators
// may deactivate themselves while another active administrator remains. Someone left with no
// active membership anywhere also has every session ended for good (the session version
// rises), so reactivation later does not bring an old or stolen session cookie back.
// Someone still active in another account keeps working there: an administrator of one
// account must not sign people out of the others.
export const deactivateMember = defineCommand({
  capability: "members.manage",
  target: lockedAccountMember,
  async run(tx, { actor, target: member }) {
    if (member.deactivatedAt !== null) return ok(undefined);
    if (await wouldRemoveLastAdministrator(tx, actor, member)) return fail(M.lastAdministrator);
    const deactivatedAt = new Date();
    await tx.membership.update({ where: { id: member.id }, data: { deactivatedAt } });
    await endSessionsIfLockedOut(tx, member.user.id);
    await recordAuditEvent(tx, actor, "member.deactivated", memberTarget(member), {
      status: { from: memberStatus(null), to: memberStatus(deactivatedAt) },
    });
    return ok(undefined);
  },
});
