import { createTranslator } from "next-intl";
import { CATALOGS } from "./catalogs";
import type { Locale } from "./locales";
import { serverMessageTranslator } from "./server-translator";

// Why a sign-in failed, in the given language; the throttle's wait is a plural.
export function signInFailureText(
  failure: { message: string; retryAfterSeconds?: number },
  locale: Locale,
): string {
  if (failure.retryAfterSeconds !== undefined) {
    const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "signIn" });
    return t("tooManyAttempts", { seconds: failure.retryAfterSeconds });
  }
  return serverMessageTranslator(locale)(failure.message);
}
