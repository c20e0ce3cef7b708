// What the sign-in form and its server side say; the one place to translate them.
export const SIGN_IN_MESSAGES = {
  email: "Email",
  password: "Password",
  submit: "Sign in",
  submitting: "Signing in…",
  invalidCredentials: "Email or password is incorrect",
  busy: "Sign-in is busy, try again in a moment.",
  unavailable: "Sign-in is unavailable right now. Try again in a moment.",
  tooManyAttempts(waitMs: number): string {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    return `Too many sign-in attempts. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  },
} as const;
