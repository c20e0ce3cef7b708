import "server-only";
import { db } from "@/lib/db/client";
import { roleSchema, type Role } from "./roles";

export type AccountChoice = { id: string; name: string; role: Role };

export type SessionContext = {
  user: { id: string; email: string; name: string };
  account: { id: string; name: string; apiAccessEnabled: boolean };
  role: Role;
  accounts: AccountChoice[];
};

// Who a signed-in user is right now, read from the database on every request: only active
// memberships count, so a deactivation or a role change applies to an open session at its
// next request. The chosen account falls back to the user's first active one; a user with
// none (or a technical user) has no session at all.
export async function loadSessionContext(
  userId: string,
  chosenAccountId: string | undefined,
): Promise<SessionContext | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      isTechnical: true,
      memberships: {
        where: { deactivatedAt: null },
        orderBy: { createdAt: "asc" },
        select: { role: true, account: { select: { id: true, name: true, apiAccessEnabled: true } } },
      },
    },
  });
  if (!user || user.isTechnical || user.memberships.length === 0) return null;

  const membership = user.memberships.find((m) => m.account.id === chosenAccountId) ?? user.memberships[0];
  if (!membership) return null;

  return {
    user: { id: user.id, email: user.email, name: user.name },
    account: membership.account,
    role: roleSchema.parse(membership.role),
    accounts: user.memberships.map((m) => ({
      id: m.account.id,
      name: m.account.name,
      role: roleSchema.parse(m.role),
    })),
  };
}
