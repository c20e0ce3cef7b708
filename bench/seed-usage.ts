import Database from "better-sqlite3";
import { HOURS_PER_DAY, hourOf, USAGE_RETENTION_DAYS } from "@/lib/usage/time";

// 90 days of usage for B2, straight into the SQLite file (the ORM would take minutes): per
// token and day, successes in HOURS_ACTIVE hours and refusals in one, and recent client
// addresses, with last-used set. Real integrations are seldom busy every hour of every day;
// this is a steady one, about 450 hourly rows per token.
const HOURS_ACTIVE = Number(process.env.BENCH_USAGE_HOURS_PER_DAY ?? 4);
const ADDRESSES = 3;

// How Prisma's SQLite adapter stores a DateTime, so these rows compare with the ones the
// server writes.
const stored = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

export function seedUsage(databaseFile: string, tokenIds: readonly string[], now = new Date()): number {
  const db = new Database(databaseFile);
  db.pragma("busy_timeout = 10000");
  const count = db.prepare(
    `INSERT INTO "TokenUsageHour" ("tokenId", "hour", "outcome", "count") VALUES (?, ?, ?, ?)`,
  );
  const address = db.prepare(
    `INSERT INTO "TokenClientAddress" ("tokenId", "address", "firstSeenAt", "lastSeenAt") VALUES (?, ?, ?, ?)`,
  );
  const lastUsed = db.prepare(`UPDATE "ApiToken" SET "lastUsedAt" = ?, "lastUsedIp" = ? WHERE "id" = ?`);
  const today = Math.floor(hourOf(now) / HOURS_PER_DAY);
  const firstSeen = now.getTime() - USAGE_RETENTION_DAYS * 86_400_000;
  let rows = 0;
  const seedToken = (tokenId: string, n: number) => {
    for (let day = today - USAGE_RETENTION_DAYS + 1; day <= today; day++) {
      for (let h = 0; h < HOURS_ACTIVE; h++) {
        count.run(tokenId, day * HOURS_PER_DAY + 8 + h, "ok", 50 + ((n + day + h) % 200));
        rows++;
      }
      count.run(tokenId, day * HOURS_PER_DAY + 8, (n + day) % 5 ? "expired" : "ip_not_allowed", 1 + (n % 7));
      rows++;
    }
    for (let a = 0; a < ADDRESSES; a++) {
      address.run(
        tokenId,
        `198.51.100.${(n + a) % 250}`,
        stored(firstSeen),
        stored(now.getTime() - a * 3_600_000),
      );
    }
    lastUsed.run(stored(now.getTime()), `198.51.100.${n % 250}`, tokenId);
  };
  // Large transactions: a commit per token would spend the time in fsync.
  const seedMany = db.transaction((from: number) => {
    tokenIds.slice(from, from + 500).forEach((tokenId, i) => seedToken(tokenId, from + i));
  });
  for (let from = 0; from < tokenIds.length; from += 500) seedMany(from);
  db.close();
  return rows;
}
