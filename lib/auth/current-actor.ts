import "server-only";
import { headers } from "next/headers";
import type { Actor } from "./actor";
import { clientIpFrom } from "@/lib/http/client-ip";
import { currentContext, currentSession, type SessionContext } from "./session";

async function actorOf(ctx: SessionContext): Promise<Actor> {
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

// The signed-in user as the actor of a server action, with where the request came from
// (for the audit log). Null without a valid session, and while the user must still change
// an initial password: every action built on this refuses them.
export async function currentActor(): Promise<Actor | null> {
  const ctx = await currentContext();
  return ctx ? actorOf(ctx) : null;
}

// The same, also for a user who must still change an initial password: only for the
// actions that let them do so, or end their sessions.
export async function currentActorForOwnAccount(): Promise<Actor | null> {
  const ctx = await currentSession();
  return ctx ? actorOf(ctx) : null;
}
