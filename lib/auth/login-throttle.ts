import "server-only";
import { db } from "@/lib/db/client";
import { delayAfterFailures, type ThrottleKind } from "./login-throttle.policy";

// Counters live in the database so every instance behind a load balancer sees the same
// delays. A key is either the email being tried or the client address.
const FORGET_AFTER_MS = 60 * 60 * 1_000;

export type ThrottleKey = { kind: ThrottleKind; key: string };

export function throttleKeys(email: string, clientIp: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ kind: "email", key: `email:${email}` }];
  if (clientIp) keys.push({ kind: "ip", key: `ip:${clientIp}` });
  return keys;
}

// Milliseconds until the next attempt is allowed for any of the keys; 0 when allowed.
export async function remainingBlock(keys: ThrottleKey[], now = new Date()): Promise<number> {
  const rows = await db().loginThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  let wait = 0;
  for (const row of rows) {
    if (row.blockedUntil && row.blockedUntil > now) {
      wait = Math.max(wait, row.blockedUntil.getTime() - now.getTime());
    }
  }
  return wait;
}

export async function recordFailure(keys: ThrottleKey[], now = new Date()): Promise<void> {
  for (const { kind, key } of keys) {
    const existing = await db().loginThrottle.findUnique({ where: { key } });
    const stale = !existing || now.getTime() - existing.updatedAt.getTime() > FORGET_AFTER_MS;
    const failures = stale ? 1 : existing.failures + 1;
    const delay = delayAfterFailures(failures, kind);
    const blockedUntil = delay > 0 ? new Date(now.getTime() + delay) : null;
    await db().loginThrottle.upsert({
      where: { key },
      create: { key, failures, blockedUntil },
      update: { failures, blockedUntil },
    });
  }
}

export async function clearFailures(email: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: `email:${email}` } });
}
