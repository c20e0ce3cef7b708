import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

// What the account commands (your own password, your sessions) answer; the account page
// shows these next to its fields.
export const ACCOUNT_MESSAGES = {
  currentPasswordRequired: "Enter your current password",
  currentPasswordWrong: "Your current password is incorrect",
  newPasswordRequired: `Enter a new password of at least ${PASSWORD_MIN_LENGTH} characters`,
  newPasswordTooShort: `Passwords must be at least ${PASSWORD_MIN_LENGTH} characters`,
  newPasswordTooLong: `Passwords are at most ${PASSWORD_MAX_LENGTH} characters`,
  newPasswordSame: "Choose a password different from your current one",
  confirmationMismatch: "The two new passwords do not match",
  passwordChanged: "Password changed. Every session has ended: sign in with your new password.",
  sessionsEnded: "Every session has ended, this one included.",
} as const;

// What the language choice answers when the value is not one the console speaks.
export const LANGUAGE_MESSAGES = {
  invalid: "Choose one of the listed languages",
} as const;
