import { createTranslator } from "next-intl";
import { CATALOGS } from "./catalogs";
import type { Locale } from "./locales";
import { SERVER_MESSAGE_VALUES, serverMessageKey } from "./server-messages";

export type TranslateText = (text: string) => string;

// An English message from a command in the reader's language; a text without a catalog
// entry reads as it is.
export function serverMessageTranslator(locale: Locale): TranslateText {
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "serverMessages" });
  return (text) => {
    const key = serverMessageKey(text);
    // The registry's keys are checked against the catalogs by lib/i18n/server-messages.test.ts.
    return key === undefined ? text : t(key as Parameters<typeof t>[0], SERVER_MESSAGE_VALUES);
  };
}
