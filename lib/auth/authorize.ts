import "server-only";
import { forbidden, redirect } from "next/navigation";
import { can, type Capability } from "./roles";
import { currentContext, type SessionContext } from "./session";

// For pages: no session → sign in; a role without the capability → 403.
export async function requirePageCapability(capability: Capability): Promise<SessionContext> {
  const ctx = await currentContext();
  if (!ctx) redirect("/login");
  if (!can(ctx.role, capability)) forbidden();
  return ctx;
}

export async function requireSignedIn(): Promise<SessionContext> {
  const ctx = await currentContext();
  if (!ctx) redirect("/login");
  return ctx;
}
