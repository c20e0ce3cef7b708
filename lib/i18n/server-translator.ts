import { createTranslator } from "next-intl";
import { CATALOGS } from "./catalogs";
import type { Locale } from "./locales";
import { translateServerMessage } from "./server-messages";

export type TranslateText = (text: string) => string;

// An English message from a command in the reader's language; a text without a catalog
// entry reads as it is.
export function serverMessageTranslator(locale: Locale): TranslateText {
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "serverMessages" });
  return (text) => translateServerMessage(t, text);
}
