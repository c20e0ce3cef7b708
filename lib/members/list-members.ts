import "server-only";
import { db } from "@/lib/db/client";
import { roleSchema, type Role } from "@/lib/auth/roles";

export type MemberRow = {
  userId: string;
  name: string;
  email: string;
  role: Role;
  isTechnical: boolean;
  active: boolean;
  // When they joined this account (ISO 8601).
  addedAt: string;
};

export async function listMembers(accountId: string): Promise<MemberRow[]> {
  const rows = await db().membership.findMany({
    where: { accountId },
    orderBy: [{ user: { name: "asc" } }],
    select: {
      role: true,
      deactivatedAt: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, isTechnical: true } },
    },
  });
  return rows.map((row) => ({
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: roleSchema.parse(row.role),
    isTechnical: row.user.isTechnical,
    active: row.deactivatedAt === null,
    addedAt: row.createdAt.toISOString(),
  }));
}
