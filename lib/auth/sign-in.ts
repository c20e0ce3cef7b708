import "server-only";
import { db } from "@/lib/db/client";
import { burnPasswordCheck, verifyPassword } from "./password";
import { clearFailures, recordFailure, remainingBlock, throttleKeys } from "./login-throttle";
import { signInSchema } from "./sign-in.schema";

export type SignInResult = { ok: true; userId: string } | { ok: false; message: string };

export const INVALID_CREDENTIALS = "Email or password is incorrect";

export function tooManyAttemptsMessage(waitMs: number): string {
  const seconds = Math.ceil(waitMs / 1000);
  return `Too many sign-in attempts. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
}

// Checks a password sign-in. Technical users have no password and are refused like any
// wrong password; so is a user with no active membership in any account.
export async function signInWithPassword(input: unknown, clientIp: string | null): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID_CREDENTIALS };
  const { email, password } = parsed.data;

  const keys = throttleKeys(email, clientIp);
  const wait = await remainingBlock(keys);
  if (wait > 0) return { ok: false, message: tooManyAttemptsMessage(wait) };

  const user = await db().user.findUnique({
    where: { email },
    select: {
      id: true,
      isTechnical: true,
      passwordHash: true,
      memberships: { where: { deactivatedAt: null }, select: { id: true }, take: 1 },
    },
  });

  const passwordOk =
    user?.passwordHash && !user.isTechnical
      ? await verifyPassword(user.passwordHash, password)
      : (await burnPasswordCheck(password), false);

  if (!user || !passwordOk || user.memberships.length === 0) {
    await recordFailure(keys);
    return { ok: false, message: INVALID_CREDENTIALS };
  }
  await clearFailures(email);
  return { ok: true, userId: user.id };
}
