import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { hashPassword } from "@/lib/auth/password";
import { defineCommand } from "@/lib/commands/define-command";
import { invalid, ok, type ActionState } from "@/lib/commands/result";
import { addMemberSchema } from "../member-fields.schema";
import { MEMBER_MESSAGES as M } from "../messages";

export type AddedMember = { userId: string };

// Adds a person (with an initial password) or a technical user (no password, no sign-in)
// to the actor's account. An email that already has a Keyward user joins this account as a
// new membership with that user's own name, password and kind: an administrator of one
// account never changes how someone signs in elsewhere, and is told nothing about the
// accounts that user belongs to.
export const addMember = defineCommand({
  capability: "members.manage",
  input: addMemberSchema,
  // Hashed before the transaction: argon2 takes tens of milliseconds, too long to hold locks.
  prepare: async ({ password }) => ok(password === null ? null : await hashPassword(password)),
  async run(tx, { actor, input, prepared: passwordHash }): Promise<ActionState<AddedMember>> {
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: {
        id: true,
        isTechnical: true,
        memberships: { where: { accountId: actor.accountId }, select: { id: true } },
      },
    });
    if (existing && existing.memberships.length > 0) return invalid({ email: [M.emailTaken] });

    const user =
      existing ??
      (await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          isTechnical: input.isTechnical,
          passwordHash,
          // The administrator chose this password: the person must replace it at first sign-in.
          mustChangePassword: passwordHash !== null,
        },
        select: { id: true, isTechnical: true },
      }));
    await tx.membership.create({ data: { accountId: actor.accountId, userId: user.id, role: input.role } });
    await recordAuditEvent(
      tx,
      actor,
      "member.added",
      { type: "user", id: user.id, label: input.email },
      {
        role: { from: null, to: input.role },
        status: { from: null, to: "active" },
        technicalUser: { from: null, to: user.isTechnical },
      },
    );
    return ok({ userId: user.id }, existing ? M.addedExisting : M.added);
  },
});
