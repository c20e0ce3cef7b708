// Every user-facing string of the account pages, in one place (ready for translation). The
// commands' own messages (field errors) live in lib/auth/commands/messages.ts.
export const PASSWORD_PAGE = {
  title: "Change password",
  intro: "Choose a password only you know. Changing it ends every session, this one included.",
  required:
    "Your password was chosen by someone else. Choose your own before you continue: until then the console offers nothing else.",
  currentPassword: "Current password",
  newPassword: "New password",
  newPasswordHint: "At least 12 characters. A passphrase of several words is easy to remember.",
  confirmPassword: "Confirm new password",
  submit: "Change password",
  saving: "Changing…",
  signInAgain: "Sign in again",
} as const;
