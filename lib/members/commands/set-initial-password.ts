import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { hashPassword } from "@/lib/auth/password";
import { defineCommand } from "@/lib/commands/define-command";
import { fail, ok } from "@/lib/commands/result";
import { initialPasswordSchema } from "../member-fields.schema";
import { MEMBER_MESSAGES as M } from "../messages";
import { accountMember, belongsElsewhere, memberTarget } from "./guard";

// Gives a member a new initial password (they forgot theirs, or it leaked): every session
// they had ends, and they must change it at their next sign-in. Refused for technical users
// (no password), for the administrator's own row (their own password needs the current one),
// and for someone who also belongs to another account: otherwise an administrator could add
// anyone's email to their account and take over how that person signs in everywhere.
export const setInitialPassword = defineCommand({
  capability: "members.manage",
  input: initialPasswordSchema,
  // Hashed before the transaction: argon2 takes tens of milliseconds, too long to hold locks.
  prepare: async ({ password }) => ok(await hashPassword(password)),
  target: accountMember,
  async run(tx, { actor, prepared: passwordHash, target: member }) {
    if (member.user.isTechnical) return fail(M.passwordSetTechnical);
    if (member.user.id === actor.userId) return fail(M.passwordSetSelf);
    if (await belongsElsewhere(tx, actor, member.user.id)) return fail(M.passwordSetElsewhere);
    await tx.user.update({
      where: { id: member.user.id },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    // Never the password, nor its hash: only that one was set.
    await recordAuditEvent(tx, actor, "member.password_set", memberTarget(member));
    return ok(undefined, M.passwordSet);
  },
});
