import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/actions/actor";
import { invalid, ok, type ActionState } from "@/lib/actions/result";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { memberRoleSchema } from "../member-fields.schema";
import { MEMBER_MESSAGES as M } from "../messages";
import {
  findAccountMember,
  lockAccountMembers,
  mayManageMembers,
  memberTarget,
  notFound,
  refused,
  wouldRemoveLastAdministrator,
} from "./guard";

// Anything but an object (no input at all) is read as an empty form: the role field says what is wrong.
const changeRoleSchema = z.preprocess(
  (value) => (typeof value === "object" && value !== null ? value : {}),
  z.object({ role: memberRoleSchema }),
);

// Gives a member another role in the actor's account. Their tokens follow at once: a
// token's rights are its scope intersected with its owner's current role.
export async function changeMemberRole(actor: Actor, userId: unknown, input: unknown): Promise<ActionState> {
  if (!mayManageMembers(actor)) return refused();
  return auditedTransaction(async (tx) => {
    await lockAccountMembers(tx, actor.accountId);
    const member = await findAccountMember(tx, actor, userId);
    if (!member) return notFound();
    const parsed = changeRoleSchema.safeParse(input);
    if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);
    const { role } = parsed.data;
    if (role === member.role) return ok(undefined);
    if (role !== "administrator" && (await wouldRemoveLastAdministrator(tx, actor, member))) {
      return invalid({ role: [M.lastAdministrator] });
    }
    await tx.membership.update({ where: { id: member.id }, data: { role } });
    await recordAuditEvent(tx, actor, "member.role_changed", memberTarget(member), {
      role: { from: member.role, to: role },
    });
    return ok(undefined);
  });
}
