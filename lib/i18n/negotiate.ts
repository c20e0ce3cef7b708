import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

// A header longer than any browser sends is someone else's: it is cut rather than parsed.
const MAX_HEADER_LENGTH = 1024;

// The console language for a browser's Accept-Language: its preferences in q-value order,
// each matched to the closest language we have ("fr-CA" → fr, "es-419" → es), the first
// preference we can serve winning; English when none can be served.
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const header = acceptLanguage.slice(0, MAX_HEADER_LENGTH);
  const requested = new Negotiator({ headers: { "accept-language": header } })
    .languages()
    .filter(isWellFormedTag);
  if (requested.length === 0) return DEFAULT_LOCALE;
  return match(requested, LOCALES, DEFAULT_LOCALE) as Locale;
}

// The matcher throws on a malformed tag ("*", "en_US", "x"); a browser never sends one, a
// hostile client might, and either way it cannot choose a language.
function isWellFormedTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
