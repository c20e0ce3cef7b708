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

async function loadContext(): Promise<SessionContext | null> {
  const session = await getServerSession(authOptions(arrivedOverHttps(await headers())));
  const userId = session?.userId;
  if (!userId) return null;
  return loadSessionContext(userId, (await cookies()).get(ACCOUNT_COOKIE)?.value);
}

// One database read per request, however many components ask.
export const currentContext = cache(loadContext);
