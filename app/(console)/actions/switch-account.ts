"use server";

// Switch the account the console works in; only to an account the user belongs to.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ACCOUNT_COOKIE, currentContext } from "@/lib/auth/session";
import { config } from "@/lib/config/env";

export async function switchAccount(accountId: unknown): Promise<void> {
  const ctx = await currentContext();
  if (!ctx) redirect("/login");
  const parsed = z.string().max(64).safeParse(accountId);
  if (!parsed.success || !ctx.accounts.some((a) => a.id === parsed.data)) return;
  (await cookies()).set(ACCOUNT_COOKIE, parsed.data, {
    httpOnly: true,
    sameSite: "lax",
    secure: config().start.publicUrl.startsWith("https://"),
    path: "/",
  });
  redirect("/");
}
