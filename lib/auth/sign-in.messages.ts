import { PASSWORD_MAX_LENGTH } from "./password-policy";
import { EMAIL_MESSAGES } from "@/lib/validation/messages";

// What sign-in answers, in English. The sign-in page shows them in the reader's language
// through the catalogs (lib/i18n/server-messages.ts maps each to its catalog key).
export const SIGN_IN_MESSAGES = {
  emailRequired: "Enter your email address",
  emailTooLong: EMAIL_MESSAGES.tooLong,
  emailInvalid: EMAIL_MESSAGES.invalid,
  passwordRequired: "Enter your password",
  passwordTooLong: `Passwords are at most ${PASSWORD_MAX_LENGTH} characters`,
  invalidCredentials: "Email or password is incorrect",
  busy: "Sign-in is busy, try again in a moment.",
  unavailable: "Sign-in is unavailable right now. Try again in a moment.",
  tooManyAttempts(waitMs: number): string {
    const seconds = retryAfterSeconds(waitMs);
    return `Too many sign-in attempts. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  },
} as const;

export function retryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}
