import "server-only";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { db } from "@/lib/db/client";
import {
  delaySteps,
  FORGET_AFTER_MS,
  PURGE_AFTER_MS,
  PURGE_BATCH,
  PURGE_EVERY_MS,
  THROTTLE_RULES,
  type ThrottleRule,
  type ThrottleRuleName,
} from "./login-throttle.policy";

// Counters live in the database so every instance behind a load balancer sees the same
// delays. Each attempt is reserved (counted) by one atomic upsert before the password is
// hashed, so parallel guesses can neither slip past a delay nor be undercounted.

export type ThrottleKey = { rule: ThrottleRuleName; key: string };

// The order matters: a pair that is already slowed down stops there, so one address
// hammering a victim's email never reaches (and never trips) the per-email rule.
export function throttleKeys(email: string, clientIp: string | null): ThrottleKey[] {
  if (!clientIp)
    return [
      { rule: "pair", key: `pair:${email}|` },
      { rule: "email", key: `email:${email}` },
    ];
  return [
    { rule: "pair", key: `pair:${email}|${clientIp}` },
    { rule: "ip", key: `ip:${clientIp}` },
    { rule: "email", key: `email:${email}` },
  ];
}

export type Reservation =
  { allowed: true; reserved: ThrottleKey[] } | { allowed: false; waitMs: number; reserved: ThrottleKey[] };

type ReservedRow = { failures: unknown; blockedUntilMs: unknown; lastAllowed: unknown };

const ms = (value: number) => Prisma.sql`CAST(${Math.floor(value)} AS BIGINT)`;

// The delay for an attempt count, looked up inside the statement from the policy's steps.
function delayFor(attempts: Prisma.Sql, rule: ThrottleRule): Prisma.Sql {
  const steps = delaySteps(rule).map(
    (step) => Prisma.sql`WHEN ${attempts} = ${step.attempts} THEN ${ms(step.delayMs)}`,
  );
  return Prisma.sql`CASE WHEN ${attempts} < ${rule.free} THEN ${ms(0)} ${Prisma.join(steps, " ")} ELSE ${ms(rule.maxDelayMs)} END`;
}

// One statement per key: insert or increment, and let the attempt through only when no
// delay is running, starting the next delay in the same write. Both SQLite and PostgreSQL
// lock the row for the upsert, so concurrent attempts see each other's counts. SET
// expressions read the row as it was before this attempt.
async function reserveKey({ rule, key }: ThrottleKey, now: number) {
  const policy = THROTTLE_RULES[rule];
  const row = Prisma.raw(`"LoginThrottle"`);
  const stale = Prisma.sql`(${row}."lastAttemptMs" < ${ms(now - FORGET_AFTER_MS)} AND ${row}."blockedUntilMs" <= ${ms(now)})`;
  const attempts = Prisma.sql`(CASE WHEN ${stale} THEN 1 ELSE ${row}."failures" + 1 END)`;
  const free = Prisma.sql`(${row}."blockedUntilMs" <= ${ms(now)})`;
  const [result] = await db().$queryRaw<ReservedRow[]>`
    INSERT INTO "LoginThrottle" ("key", "failures", "lastAttemptMs", "blockedUntilMs", "lastAllowed")
    VALUES (${key}, 1, ${ms(now)}, ${ms(now)} + ${delayFor(Prisma.sql`1`, policy)}, TRUE)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = ${attempts},
      "lastAttemptMs" = ${ms(now)},
      "blockedUntilMs" = CASE WHEN ${free} THEN ${ms(now)} + ${delayFor(attempts, policy)} ELSE ${row}."blockedUntilMs" END,
      "lastAllowed" = ${free}
    RETURNING "failures", "blockedUntilMs", "lastAllowed"`;
  if (!result) throw new Error("The sign-in throttle upsert returned no row");
  return {
    failures: Number(result.failures),
    blockedUntilMs: Number(result.blockedUntilMs),
    // SQLite hands booleans back as 0/1, PostgreSQL as true/false.
    allowed: result.lastAllowed === true || Number(result.lastAllowed) === 1,
  };
}

// Reserves one attempt under every rule, stopping at the first that refuses. Refused
// attempts are counted too: hammering only lengthens the wait.
export async function reserveAttempt(keys: ThrottleKey[], now: number): Promise<Reservation> {
  const reserved: ThrottleKey[] = [];
  for (const key of keys) {
    const result = await reserveKey(key, now);
    reserved.push(key);
    if (!result.allowed)
      return { allowed: false, waitMs: Math.max(result.blockedUntilMs - now, 1), reserved };
  }
  return { allowed: true, reserved };
}

// After a correct password: the pair and the email start again, but the address only gets
// this attempt back, so signing in to one's own account cannot reset a spraying count.
export async function settleSuccess(reserved: ThrottleKey[]): Promise<void> {
  const cleared = reserved.filter((k) => k.rule !== "ip").map((k) => k.key);
  await db().loginThrottle.deleteMany({ where: { key: { in: cleared } } });
  await refund(reserved.filter((k) => k.rule === "ip"));
}

// An attempt that never reached the password check (the server was busy) is given back.
export async function refund(reserved: ThrottleKey[]): Promise<void> {
  if (reserved.length === 0) return;
  await db().loginThrottle.updateMany({
    where: { key: { in: reserved.map((k) => k.key) }, failures: { gt: 0 } },
    data: { failures: { decrement: 1 } },
  });
}

// Deletes at most `limit` rows whose window and delay ended long ago; returns how many.
export async function purgeStaleThrottles(now: number, limit = PURGE_BATCH): Promise<number> {
  const cutoff = BigInt(Math.floor(now - PURGE_AFTER_MS));
  const stale = { lastAttemptMs: { lt: cutoff }, blockedUntilMs: { lt: cutoff } };
  const rows = await db().loginThrottle.findMany({
    where: stale,
    select: { key: true },
    orderBy: { lastAttemptMs: "asc" },
    take: limit,
  });
  if (rows.length === 0) return 0;
  // The conditions are checked again: a key tried again since the read stays.
  const { count } = await db().loginThrottle.deleteMany({
    where: { key: { in: rows.map((r) => r.key) }, ...stale },
  });
  return count;
}

let nextPurgeAt = 0;

// Sign-in purges opportunistically, at most once per PURGE_EVERY_MS per instance, so the
// table stays bounded without a scheduler.
export async function purgeStaleThrottlesNow(now: number): Promise<void> {
  if (now < nextPurgeAt) return;
  nextPurgeAt = now + PURGE_EVERY_MS;
  await purgeStaleThrottles(now);
}
