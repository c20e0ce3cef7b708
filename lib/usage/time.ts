// Usage is kept per UTC hour, stored as whole hours since the Unix epoch so that the same
// integer arithmetic buckets, compares and groups it on SQLite and PostgreSQL.
export const HOUR_MS = 3_600_000;
export const HOURS_PER_DAY = 24;
export const DAY_MS = HOURS_PER_DAY * HOUR_MS;

// How long hourly counts and client addresses are kept.
export const USAGE_RETENTION_DAYS = 90;

export function hourOf(at: Date | number): number {
  return Math.floor((typeof at === "number" ? at : at.getTime()) / HOUR_MS);
}

// The UTC day (days since the epoch) an hour belongs to.
export function dayOfHour(hour: number): number {
  return Math.floor(hour / HOURS_PER_DAY);
}

export function dayOf(at: Date): number {
  return Math.floor(at.getTime() / DAY_MS);
}

// The first hour still kept at `now`: everything before it is purged.
export function retentionStartHour(now: Date): number {
  return hourOf(now) - USAGE_RETENTION_DAYS * HOURS_PER_DAY;
}

// The `days` UTC days ending with today, oldest first, as days since the epoch.
export function lastDays(now: Date, days: number): number[] {
  const today = dayOf(now);
  return Array.from({ length: days }, (_, i) => today - days + 1 + i);
}

export function dayStart(day: number): Date {
  return new Date(day * DAY_MS);
}
