import { DISPLAY_TIME_ZONE, type Locale } from "./locales";

// Dates, times, numbers and relative times in the reader's language, always through Intl
// (never by hand). Times are in UTC, the zone the console stores and shows; `withZone`
// says so in the text ("14:05 UTC") where a screen must make it explicit, as the audit log does.

type DateInput = Date | string | number;

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const full = { timeZone: DISPLAY_TIME_ZONE, ...options };
  return cached(`dt:${locale}:${JSON.stringify(full)}`, () => new Intl.DateTimeFormat(locale, full));
}

// "Nov 23, 2026" · "23 nov. 2026" · "23 nov 2026"
export function formatDate(value: DateInput, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(value));
}

// "Nov 23, 2026, 2:05 PM" · "23 nov. 2026, 14:05" · "23 nov 2026, 14:05", with " UTC" when asked.
export function formatDateTime(value: DateInput, locale: Locale, { withZone = false } = {}): string {
  const options: Intl.DateTimeFormatOptions = withZone
    ? {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
        timeZoneName: "short",
      }
    : { dateStyle: "medium", timeStyle: "short" };
  return dateTimeFormat(locale, options).format(new Date(value));
}

// "Nov 23" · "23 nov." · "23 nov": a day on a chart's axis.
export function formatDayMonth(value: DateInput, locale: Locale): string {
  return dateTimeFormat(locale, { day: "numeric", month: "short" }).format(new Date(value));
}

// "2:05 PM" · "14:05"
export function formatTime(value: DateInput, locale: Locale): string {
  return dateTimeFormat(locale, { timeStyle: "short" }).format(new Date(value));
}

// "10,000" · "10 000" · "10.000"
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return cached(
    `n:${locale}:${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  ).format(value);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

// "in 3 days", "2 hours ago", "tomorrow" · "dans 3 jours", "il y a 2 heures" · "dentro de 3 días",
// "hace 2 horas": the largest unit the distance reaches, rounded.
export function formatRelativeTime(value: DateInput, now: DateInput, locale: Locale): string {
  const seconds = (new Date(value).getTime() - new Date(now).getTime()) / 1000;
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ["second", 1];
  const format = cached(`rt:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
  return format.format(Math.round(seconds / size), unit);
}

// Sorting names as a reader of the language expects: accents and case do not come first
// ("Équipe" sorts with "equipe", before "Zeta"), and numbers by value ("Token 2" < "Token 10").
export function textCollator(locale: Locale): Intl.Collator {
  return new Intl.Collator(locale, { sensitivity: "base", numeric: true });
}
