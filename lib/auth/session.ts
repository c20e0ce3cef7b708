import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { getServerSession } from "next-auth";
import { arrivedOverHttps } from "@/lib/http/request-protocol";
import { authOptions } from "./options";
import { loadSessionContext, type SessionContext } from "./session-context";

export type { AccountChoice, SessionContext } from "./session-context";

// The account a user works in when they belong to several; validated against their
// memberships on every request, so a stale or forged value only falls back to the first.
export const ACCOUNT_COOKIE = "kw_account";

async function loadSession(): Promise<SessionContext | null> {
  const session = await getServerSession(authOptions(arrivedOverHttps(await headers())));
  const userId = session?.userId;
  if (!userId) return null;
  return loadSessionContext(
    { userId, sessionVersion: session.sessionVersion },
    (await cookies()).get(ACCOUNT_COOKIE)?.value,
  );
}

// The signed-in user even while they must still change an initial password: only the
// change-password page, its action and the console's frame may use this.
// One database read per request, however many components ask.
export const currentSession = cache(loadSession);

// The signed-in user allowed to work: null without a session and while an initial password
// is unchanged, so every page, server action and route handler that asks refuses that user
// by default (pages redirect to the change-password page through lib/auth/authorize.ts).
export async function currentContext(): Promise<SessionContext | null> {
  const ctx = await currentSession();
  return ctx && !ctx.passwordChangeRequired ? ctx : null;
}
