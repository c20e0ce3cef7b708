import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { invalid, ok } from "@/lib/commands/result";
import { memberRoleSchema } from "../member-fields.schema";
import { MEMBER_MESSAGES as M } from "../messages";
import { lockedAccountMember, memberTarget, wouldRemoveLastAdministrator } from "./guard";

// Anything but an object (no input at all) is read as an empty form: the role field says what is wrong.
const changeRoleSchema = z.preprocess(
  (value) => (typeof value === "object" && value !== null ? value : {}),
  z.object({ role: memberRoleSchema }),
);

// Gives a member another role in the actor's account. Their tokens follow at once: a
// token's rights are its scope intersected with its owner's current role. The role is
// checked before the account's lock is taken, so a bad form never waits for, or holds, it.
export const changeMemberRole = defineCommand({
  capability: "members.manage",
  input: changeRoleSchema,
  target: lockedAccountMember,
  async run(tx, { actor, input: { role }, target: member }) {
    if (role === member.role) return ok(undefined);
    if (role !== "administrator" && (await wouldRemoveLastAdministrator(tx, actor, member))) {
      return invalid({ role: [M.lastAdministrator] });
    }
    await tx.membership.update({ where: { id: member.id }, data: { role } });
    await recordAuditEvent(tx, actor, "member.role_changed", memberTarget(member), {
      role: { from: member.role, to: role },
    });
    return ok(undefined);
  },
});
