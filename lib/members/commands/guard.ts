import "server-only";
import type { AuditTarget } from "@/lib/audit/record-event";
import type { Actor } from "@/lib/auth/actor";
import type { CommandTarget } from "@/lib/commands/define-command";
import type { DbTransaction } from "@/lib/db/client";
import { MEMBER_MESSAGES as M } from "../messages";

// Takes the account row's lock before any membership rule is checked. Two administrators
// demoting or deactivating each other at the same moment would otherwise both count two
// administrators under PostgreSQL's read-committed isolation and leave none; with the lock
// the second waits, then counts what the first committed. (SQLite runs one write
// transaction at a time anyway.)
// The write changes nothing (a refused command must leave every row as it was, and a
// bumped updatedAt is a change), yet still takes the row lock on PostgreSQL and the write
// lock on SQLite.
async function lockAccountMembers(tx: DbTransaction, accountId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Account" SET "id" = "id" WHERE "id" = ${accountId}`;
}

// A member of another account is indistinguishable from one that does not exist: the
// lookup is by (actor's account, user).
async function findAccountMember(tx: DbTransaction, actor: Actor, userId: string) {
  return tx.membership.findUnique({
    where: { accountId_userId: { accountId: actor.accountId, userId } },
    select: {
      id: true,
      role: true,
      deactivatedAt: true,
      user: { select: { id: true, email: true, isTechnical: true } },
    },
  });
}

export type AccountMember = NonNullable<Awaited<ReturnType<typeof findAccountMember>>>;

// Only an active person can sign in and manage the account, so only they count towards the
// "at least one administrator" rule; a technical user with the administrator role does not.
export function keepsAccountManageable(member: AccountMember): boolean {
  return member.role === "administrator" && member.deactivatedAt === null && !member.user.isTechnical;
}

export async function otherManagingAdministrators(
  tx: DbTransaction,
  accountId: string,
  exceptUserId: string,
): Promise<number> {
  return tx.membership.count({
    where: {
      accountId,
      role: "administrator",
      deactivatedAt: null,
      user: { isTechnical: false },
      userId: { not: exceptUserId },
    },
  });
}

// Whether taking this member out of the administrators (demotion or deactivation) would
// leave the account with no one able to manage it.
export async function wouldRemoveLastAdministrator(
  tx: DbTransaction,
  actor: Actor,
  member: AccountMember,
): Promise<boolean> {
  if (!keepsAccountManageable(member)) return false;
  return (await otherManagingAdministrators(tx, actor.accountId, member.user.id)) === 0;
}

// The member a command acts on.
export const accountMember: CommandTarget<AccountMember> = { find: findAccountMember, missing: M.notFound };

// The same, for the commands that check the "at least one administrator" rule: the account's
// lock is taken before the member is read.
export const lockedAccountMember: CommandTarget<AccountMember> = {
  async find(tx, actor, userId) {
    await lockAccountMembers(tx, actor.accountId);
    return findAccountMember(tx, actor, userId);
  },
  missing: M.notFound,
};

export function memberTarget(member: AccountMember): AuditTarget {
  return { type: "user", id: member.user.id, label: member.user.email };
}

export const memberStatus = (deactivatedAt: Date | null) =>
  deactivatedAt === null ? "active" : "deactivated";

// Raises the user's session version when they have no active membership left, ending every
// session they had (see deactivate-member.ts for why only then).
export async function endSessionsIfLockedOut(tx: DbTransaction, userId: string): Promise<void> {
  const active = await tx.membership.count({ where: { userId, deactivatedAt: null } });
  if (active === 0) {
    await tx.user.update({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 } },
      select: { id: true },
    });
  }
}

// Whether the user also belongs to another account (active or not): then how they sign in
// is not this account's administrator's to change.
export async function belongsElsewhere(tx: DbTransaction, actor: Actor, userId: string): Promise<boolean> {
  const elsewhere = await tx.membership.count({ where: { userId, accountId: { not: actor.accountId } } });
  return elsewhere > 0;
}
