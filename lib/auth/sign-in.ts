import "server-only";
import { config } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { createConcurrencyGate, GateBusyError, type ConcurrencyGate } from "./concurrency-gate";
import { checkPassword, type PasswordVerifier } from "./password";
import {
  purgeStaleThrottlesNow,
  refund,
  reserveAttempt,
  settleSuccess,
  throttleKeys,
} from "./login-throttle";
import { signInSchema } from "./sign-in.schema";
import { retryAfterSeconds, SIGN_IN_MESSAGES } from "./sign-in.messages";

// retryAfterSeconds: set when the throttle refused, so the message can be said in any language.
export type SignInResult =
  { ok: true; userId: string } | { ok: false; message: string; retryAfterSeconds?: number };

export const INVALID_CREDENTIALS = SIGN_IN_MESSAGES.invalidCredentials;
export const tooManyAttemptsMessage = SIGN_IN_MESSAGES.tooManyAttempts;

// Tests hand in their own clock, verifier and gate; production uses the real ones.
export type SignInDeps = { now?: () => number; verify?: PasswordVerifier; gate?: ConcurrencyGate };

let sharedGate: ConcurrencyGate | undefined;
function passwordGate(): ConcurrencyGate {
  sharedGate ??= createConcurrencyGate(config().signIn);
  return sharedGate;
}

// Checks a password sign-in. The attempt is counted before anything else, so the throttle
// decides before any password is hashed; then at most KEYWARD_SIGNIN_CONCURRENCY hashes run
// at once. Technical users have no password and are refused like any wrong password; so is
// a user with no active membership in any account.
export async function signInWithPassword(
  input: unknown,
  clientIp: string | null,
  deps: SignInDeps = {},
): Promise<SignInResult> {
  try {
    return await attemptSignIn(input, clientIp, deps);
  } catch (error) {
    // next-auth would hand a thrown message to the browser: a database error must not be it.
    console.error("keyward: sign-in failed", error instanceof Error ? error.message : error);
    return { ok: false, message: SIGN_IN_MESSAGES.unavailable };
  }
}

async function attemptSignIn(
  input: unknown,
  clientIp: string | null,
  deps: SignInDeps,
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID_CREDENTIALS };
  const { email, password } = parsed.data;
  const now = (deps.now ?? Date.now)();
  const verify = deps.verify ?? checkPassword;

  await purgeStaleThrottlesNow(now);
  const reservation = await reserveAttempt(throttleKeys(email, clientIp), now);
  if (!reservation.allowed) {
    const { waitMs } = reservation;
    return {
      ok: false,
      message: tooManyAttemptsMessage(waitMs),
      retryAfterSeconds: retryAfterSeconds(waitMs),
    };
  }

  const user = await db().user.findUnique({
    where: { email },
    select: {
      id: true,
      isTechnical: true,
      passwordHash: true,
      memberships: { where: { deactivatedAt: null }, select: { id: true }, take: 1 },
    },
  });
  const passwordHash = user && !user.isTechnical ? user.passwordHash : null;

  let passwordOk: boolean;
  try {
    passwordOk = await (deps.gate ?? passwordGate()).run(() => verify(passwordHash, password));
  } catch (error) {
    if (!(error instanceof GateBusyError)) throw error;
    await refund(reservation.reserved);
    return { ok: false, message: SIGN_IN_MESSAGES.busy };
  }

  if (!user || !passwordOk || user.memberships.length === 0) {
    return { ok: false, message: INVALID_CREDENTIALS };
  }
  await settleSuccess(reservation.reserved);
  return { ok: true, userId: user.id };
}
