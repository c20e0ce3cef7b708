import "server-only";
import { headers } from "next/headers";
import type { Actor } from "@/lib/actions/actor";
import { clientIpFrom } from "@/lib/http/client-ip";
import { currentContext } from "./session";

// The signed-in user as the actor of a server action, with where the request came from
// (for the audit log). Null without a valid session.
export async function currentActor(): Promise<Actor | null> {
  const ctx = await currentContext();
  if (!ctx) return null;
  const h = await headers();
  return {
    userId: ctx.user.id,
    email: ctx.user.email,
    accountId: ctx.account.id,
    role: ctx.role,
    ip: clientIpFrom(h),
    userAgent: h.get("user-agent"),
  };
}
