"use client";

import { useTranslations } from "next-intl";
import type { TranslateText } from "./server-translator";
import { translateServerMessage } from "./server-messages";

// In the browser, the same translation of English messages as the server actions' adapter
// does: for what a form checks itself before posting (the sign-in form's zod schema) and
// for what next-auth hands back.
export function useServerMessages(): TranslateText {
  const t = useTranslations("serverMessages");
  return (text) => translateServerMessage(t, text);
}
