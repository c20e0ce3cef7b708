import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/actions/actor";
import { invalid, ok, type ActionState } from "@/lib/actions/result";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { hashPassword } from "@/lib/auth/password";
import { addMemberSchema } from "../member-fields.schema";
import { MEMBER_MESSAGES as M } from "../messages";
import { mayManageMembers, refused } from "./guard";

export type AddedMember = { userId: string };

// Adds a person (with an initial password) or a technical user (no password, no sign-in)
// to the actor's account. An email that already has a Keyward user joins this account as a
// new membership with that user's own name, password and kind: an administrator of one
// account never changes how someone signs in elsewhere, and is told nothing about the
// accounts that user belongs to.
export async function addMember(actor: Actor, input: unknown): Promise<ActionState<AddedMember>> {
  if (!mayManageMembers(actor)) return refused();
  const parsed = addMemberSchema.safeParse(input);
  if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);
  const fields = parsed.data;
  // Hashed before the transaction: argon2 takes tens of milliseconds, too long to hold locks.
  const passwordHash = fields.password === null ? null : await hashPassword(fields.password);

  return auditedTransaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: fields.email },
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
          email: fields.email,
          name: fields.name,
          isTechnical: fields.isTechnical,
          passwordHash,
          // The administrator chose this password: the person must replace it at first sign-in.
          mustChangePassword: passwordHash !== null,
        },
        select: { id: true, isTechnical: true },
      }));
    await tx.membership.create({ data: { accountId: actor.accountId, userId: user.id, role: fields.role } });
    await recordAuditEvent(
      tx,
      actor,
      "member.added",
      { type: "user", id: user.id, label: fields.email },
      {
        role: { from: null, to: fields.role },
        status: { from: null, to: "active" },
        technicalUser: { from: null, to: user.isTechnical },
      },
    );
    return ok({ userId: user.id }, existing ? M.addedExisting : M.added);
  });
}
