import "server-only";
import { db } from "@/lib/db/client";
import { roleSchema, type Role } from "./roles";

export type AccountChoice = { id: string; name: string; role: Role };

export type SessionContext = {
  // locale: the console language the user chose, or null (lib/i18n/request-locale.ts).
  user: { id: string; email: string; name: string; locale: string | null };
  account: { id: string; name: string; apiAccessEnabled: boolean };
  role: Role;
  accounts: AccountChoice[];
  // An initial password someone else chose: until it is changed, the console offers nothing
  // but the change-password page, and every server action refuses (lib/auth/session.ts).
  passwordChangeRequired: boolean;
};

// What the session cookie says about who it belongs to. `sessionVersion` is the user's
// version when they signed in; undefined for a cookie issued before versions existed.
export type SessionClaims = { userId: string; sessionVersion: number | undefined };

// Who a signed-in user is right now, read from the database on every request: only active
// memberships count, so a deactivation or a role change applies to an open session at its
// next request, and a session whose version is not the user's current one (password
// changed, "Sign out everywhere", deactivated) is no session at all. The chosen account
// falls back to the user's first active one; a user with none (or a technical user) has no
// session either.
export async function loadSessionContext(
  claims: SessionClaims,
  chosenAccountId: string | undefined,
): Promise<SessionContext | null> {
  if (claims.sessionVersion === undefined) return null;
  const user = await db().user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      isTechnical: true,
      mustChangePassword: true,
      sessionVersion: true,
      memberships: {
        where: { deactivatedAt: null },
        orderBy: { createdAt: "asc" },
        select: { role: true, account: { select: { id: true, name: true, apiAccessEnabled: true } } },
      },
    },
  });
  if (!user || user.isTechnical || user.memberships.length === 0) return null;
  if (user.sessionVersion !== claims.sessionVersion) return null;

  const membership = user.memberships.find((m) => m.account.id === chosenAccountId) ?? user.memberships[0];
  if (!membership) return null;

  return {
    user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
    account: membership.account,
    role: roleSchema.parse(membership.role),
    accounts: user.memberships.map((m) => ({
      id: m.account.id,
      name: m.account.name,
      role: roleSchema.parse(m.role),
    })),
    passwordChangeRequired: user.mustChangePassword,
  };
}

// The version a new session starts with, read before the password is checked: a password
// change committed between this read and the check either makes the check fail (new hash)
// or leaves this session with an outdated version, never a live session on an old password.
export async function sessionVersionForEmail(email: unknown): Promise<number | undefined> {
  if (typeof email !== "string" || email.length > 320) return undefined;
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { sessionVersion: true },
  });
  return user?.sessionVersion;
}
