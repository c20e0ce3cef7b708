import "server-only";
import { forbidden, redirect } from "next/navigation";
import { CHANGE_PASSWORD_PATH } from "./paths";
import { can, type Capability } from "./roles";
import { currentSession, type SessionContext } from "./session";

// For pages: no session → sign in; an initial password still unchanged → change it first.
export async function requireSignedIn(): Promise<SessionContext> {
  const ctx = await currentSession();
  if (!ctx) redirect("/login");
  if (ctx.passwordChangeRequired) redirect(CHANGE_PASSWORD_PATH);
  return ctx;
}

// For pages: as requireSignedIn, and a role without the capability → 403.
export async function requirePageCapability(capability: Capability): Promise<SessionContext> {
  const ctx = await requireSignedIn();
  if (!can(ctx.role, capability)) forbidden();
  return ctx;
}

// For the console's frame and the change-password page, which a user with an initial
// password must still reach.
export async function requireSession(): Promise<SessionContext> {
  const ctx = await currentSession();
  if (!ctx) redirect("/login");
  return ctx;
}
