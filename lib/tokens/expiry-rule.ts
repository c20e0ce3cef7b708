import { ABSOLUTE_MAX_TOKEN_LIFETIME_DAYS } from "@/lib/config/token-settings";
import { can, type Role } from "@/lib/auth/roles";

// How far a person may push a token's expiry. Pure, so the server decides with it and the
// dialogs offer only what it allows.
export type ExpiryRule = { allowNever: boolean; maxDays: number };

export const DAY_MS = 24 * 60 * 60 * 1000;

// What a token form's Expiration field may send, in the order the dialogs offer them.
export const EXPIRATION_CHOICES = ["7d", "30d", "60d", "90d", "1y", "custom", "never"] as const;
export type ExpirationChoice = (typeof EXPIRATION_CHOICES)[number];

// What each preset counts for against the limit. "1 year" is a calendar year (366 days
// across a leap day) but counts as 365, so the default limit always offers it.
export const PRESET_NOMINAL_DAYS = { "7d": 7, "30d": 30, "60d": 60, "90d": 90, "1y": 365 } as const;
export type DurationPreset = keyof typeof PRESET_NOMINAL_DAYS;

export function isDurationPreset(value: string): value is DurationPreset {
  return Object.hasOwn(PRESET_NOMINAL_DAYS, value);
}

// Administrators may choose "No expiration" and are bounded only by the absolute maximum;
// everyone else by the configured lifetime.
export function expiryRuleFor(role: Role, maxLifetimeDays: number): ExpiryRule {
  return can(role, "tokens.noExpiration")
    ? { allowNever: true, maxDays: ABSOLUTE_MAX_TOKEN_LIFETIME_DAYS }
    : { allowNever: false, maxDays: Math.min(maxLifetimeDays, ABSOLUTE_MAX_TOKEN_LIFETIME_DAYS) };
}

export function oneYearFrom(now: Date): Date {
  const next = new Date(now.getTime());
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

// A custom date means the token works through that whole day, in UTC.
export function endOfUtcDay(date: Date): Date {
  const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return new Date(start + DAY_MS - 1);
}

// The last day a custom date may name: maxDays days after today (UTC), as YYYY-MM-DD.
export function latestCustomDate(now: Date, maxDays: number): string {
  return new Date(now.getTime() + maxDays * DAY_MS).toISOString().slice(0, 10);
}

// The latest expiry the rule allows: the end of the last allowed day, or the "1 year"
// preset when the limit admits it and a leap day makes it one day longer.
export function latestExpiry(now: Date, maxDays: number): Date {
  const lastDay = endOfUtcDay(new Date(now.getTime() + maxDays * DAY_MS));
  const year = oneYearFrom(now);
  return maxDays >= PRESET_NOMINAL_DAYS["1y"] && year > lastDay ? year : lastDay;
}

export function presetAllowed(preset: string, rule: ExpiryRule): boolean {
  if (preset === "never") return rule.allowNever;
  if (isDurationPreset(preset)) return PRESET_NOMINAL_DAYS[preset] <= rule.maxDays;
  return true;
}

// Whether an expiry (null: never) is one the rule lets this person set.
export function expiryAllowed(expiresAt: Date | null, rule: ExpiryRule, now: Date): boolean {
  if (expiresAt === null) return rule.allowNever;
  return expiresAt.getTime() <= latestExpiry(now, rule.maxDays).getTime();
}
