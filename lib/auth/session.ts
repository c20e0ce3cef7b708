import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";
import { roleSchema, type Role } from "./roles";

// The account a user works in when they belong to several; validated against their
// memberships on every request, so a stale or forged value only falls back to the first.
export const ACCOUNT_COOKIE = "kw_account";

export type AccountChoice = { id: string; name: string; role: Role };

export type SessionContext = {
  user: { id: string; email: string; name: string };
  account: { id: string; name: string; apiAccessEnabled: boolean };
  role: Role;
  accounts: AccountChoice[];
};

async function loadContext(): Promise<SessionContext | null> {
  const session = await getServerSession(authOptions());
  const userId = session?.userId;
  if (!userId) return null;

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

  const chosenId = (await cookies()).get(ACCOUNT_COOKIE)?.value;
  const membership = user.memberships.find((m) => m.account.id === chosenId) ?? user.memberships[0];
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

// One database read per request, however many components ask.
export const currentContext = cache(loadContext);
