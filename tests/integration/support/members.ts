import type { Actor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/commands/result";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { addMember } from "@/lib/members/commands/add-member";
import { unique } from "./unique";

export const MEMBER_PASSWORD = "initial-password-42";

export const uniqueEmail = (label = "new") => `${label}-${unique()}@test.example`;

// Valid add-member input for a person; override what a test is about.
export function personInput(overrides: Record<string, unknown> = {}) {
  return {
    name: "Pat Person",
    email: uniqueEmail(),
    role: "support_staff",
    password: MEMBER_PASSWORD,
    ...overrides,
  };
}

export function succeeded<T>(result: ActionState<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.message} ${JSON.stringify(result.errors)}`);
  return result.data;
}

export async function addPerson(
  admin: Actor,
  role: Role = "support_staff",
  overrides: Record<string, unknown> = {},
) {
  const input = personInput({ role, ...overrides });
  const { userId } = succeeded(await addMember(admin, input));
  return { userId, email: String(input.email) };
}

// Everything a members action could change in an account: its memberships, their users
// and the audit trail. A refused or invalid action must leave it equal.
export async function membersSnapshot(accountId: string) {
  const [memberships, auditEvents] = await Promise.all([
    db().membership.findMany({
      where: { accountId },
      orderBy: { userId: "asc" },
      select: {
        userId: true,
        role: true,
        deactivatedAt: true,
        user: { select: { email: true, name: true, passwordHash: true, isTechnical: true } },
      },
    }),
    db().auditEvent.count({ where: { accountId } }),
  ]);
  return { memberships, auditEvents };
}

export async function membership(accountId: string, userId: string) {
  return db().membership.findUniqueOrThrow({
    where: { accountId_userId: { accountId, userId } },
    select: { role: true, deactivatedAt: true },
  });
}

// The account's last audit event, as the audit log would show its target and change.
export async function lastAuditEvent(accountId: string) {
  const event = await db().auditEvent.findFirstOrThrow({
    where: { accountId },
    orderBy: { seq: "desc" },
    select: {
      action: true,
      actorUserId: true,
      targetType: true,
      targetId: true,
      targetLabel: true,
      changes: true,
      ipAddress: true,
    },
  });
  return { ...event, changes: event.changes === null ? null : (JSON.parse(event.changes) as unknown) };
}
