// The languages the console speaks. Adding one: its catalog folder under messages/, a line
// here and in LOCALE_NAMES, and it is offered in the user menu (README, "Languages").
export const LOCALES = ["en", "fr", "es"] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

// Each language named in itself, so people find theirs whatever language the console is in.
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// Dates and times are shown in UTC everywhere in the console, as stored and as the audit
// log says; only their wording follows the language.
export const DISPLAY_TIME_ZONE = "UTC";
