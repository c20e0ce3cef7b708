import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { currentSession } from "@/lib/auth/session";
import { isLocale, type Locale } from "./locales";
import { negotiateLocale } from "./negotiate";

// The language of this request: the signed-in user's choice, else what the browser asks
// for, else English. Never the URL, so a shared link opens in each reader's own language.
// The session is the one currentSession already reads for the request (no extra query).
export const requestLocale = cache(async (): Promise<Locale> => {
  const stored = (await currentSession())?.user.locale;
  if (isLocale(stored)) return stored;
  return negotiateLocale((await headers()).get("accept-language"));
});
