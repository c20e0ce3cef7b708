import { describe, expect, it } from "vitest";
import { createConcurrencyGate } from "@/lib/auth/concurrency-gate";
import { purgeStaleThrottles } from "@/lib/auth/login-throttle";
import { PURGE_AFTER_MS, THROTTLE_RULES } from "@/lib/auth/login-throttle.policy";
import { checkPassword, hashPassword, type PasswordVerifier } from "@/lib/auth/password";
import { INVALID_CREDENTIALS, signInWithPassword, type SignInResult } from "@/lib/auth/sign-in";
import { SIGN_IN_MESSAGES } from "@/lib/auth/sign-in.messages";
import { db } from "@/lib/db/client";
import { unique } from "../support/unique";

const PASSWORD = "correct-horse-battery";
const { pair, ip, email: perEmail } = THROTTLE_RULES;

async function person(options: { technical?: boolean; deactivated?: boolean } = {}) {
  const email = `person-${unique()}@test.example`;
  const account = await db().account.create({ data: { name: "Sign-in test" } });
  const user = await db().user.create({
    data: {
      email,
      name: "Pat",
      isTechnical: options.technical ?? false,
      passwordHash: options.technical ? null : await hashPassword(PASSWORD),
    },
  });
  await db().membership.create({
    data: {
      accountId: account.id,
      userId: user.id,
      role: "administrator",
      deactivatedAt: options.deactivated ? new Date() : null,
    },
  });
  return { email, userId: user.id };
}

// A fresh client address per test keeps the per-address counter out of other tests.
const address = () => `198.51.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;

// Counts how many attempts reached the password check, and how many ran at once.
function countingVerifier(inner: PasswordVerifier = async () => false) {
  const stats = { calls: 0, running: 0, peak: 0 };
  const verify: PasswordVerifier = async (hash, password) => {
    stats.calls++;
    stats.running++;
    stats.peak = Math.max(stats.peak, stats.running);
    try {
      // Yield a few turns so overlapping calls really overlap.
      for (let i = 0; i < 3; i++) await new Promise<void>((r) => setImmediate(r));
      return await inner(hash, password);
    } finally {
      stats.running--;
    }
  };
  return { stats, verify };
}

const failures = async (key: string) =>
  (await db().loginThrottle.findUnique({ where: { key } }))?.failures ?? 0;

const refusedWait = (result: SignInResult): number | undefined => {
  if (result.ok) return undefined;
  const match = /^Too many sign-in attempts\. Try again in (\d+) seconds?\.$/.exec(result.message);
  return match ? Number(match[1]) * 1000 : undefined;
};

describe("signInWithPassword", () => {
  it("accepts the right password, ignoring the email's case and surrounding spaces", async () => {
    const { email, userId } = await person();
    expect(
      await signInWithPassword({ email: `  ${email.toUpperCase()} `, password: PASSWORD }, address()),
    ).toEqual({ ok: true, userId });
  });

  it("refuses a wrong password and an unknown email with the same message", async () => {
    const { email } = await person();
    expect(await signInWithPassword({ email, password: "wrong-password" }, address())).toEqual({
      ok: false,
      message: INVALID_CREDENTIALS,
    });
    expect(await signInWithPassword({ email: "nobody@test.example", password: PASSWORD }, address())).toEqual(
      { ok: false, message: INVALID_CREDENTIALS },
    );
  });

  it("refuses a technical user, who has no password login", async () => {
    const { email } = await person({ technical: true });
    expect(await signInWithPassword({ email, password: PASSWORD }, address())).toEqual({
      ok: false,
      message: INVALID_CREDENTIALS,
    });
  });

  it("refuses a person whose only membership is deactivated", async () => {
    const { email } = await person({ deactivated: true });
    expect(await signInWithPassword({ email, password: PASSWORD }, address())).toEqual({
      ok: false,
      message: INVALID_CREDENTIALS,
    });
  });

  it("answers a plain message, never the error itself, when something unexpected fails", async () => {
    const failing: PasswordVerifier = async () => {
      throw new Error("relation LoginThrottle is on fire");
    };
    expect(
      await signInWithPassword({ email: `x-${unique()}@test.example`, password: "p" }, address(), {
        verify: failing,
      }),
    ).toEqual({ ok: false, message: SIGN_IN_MESSAGES.unavailable });
  });

  it("refuses malformed input without throwing", async () => {
    for (const input of [
      null,
      "text",
      { email: 42 },
      { email: "a@b.example", password: "" },
      { email: "x".repeat(300), password: "p" },
    ]) {
      expect(await signInWithPassword(input, address())).toEqual({ ok: false, message: INVALID_CREDENTIALS });
    }
  });
});

describe("sign-in throttle", () => {
  it("slows down repeated failures for one email from one address, even with the right password afterwards", async () => {
    const { email } = await person();
    const from = address();
    for (let n = 0; n < pair.free; n++) {
      expect(await signInWithPassword({ email, password: `wrong-${n}` }, from)).toEqual({
        ok: false,
        message: INVALID_CREDENTIALS,
      });
    }
    const blocked = await signInWithPassword({ email, password: PASSWORD }, from);
    expect(refusedWait(blocked)).toBeGreaterThan(0);
  });

  it("makes each further failure wait longer than the one before", async () => {
    const { email } = await person();
    const from = address();
    const { verify } = countingVerifier();
    let now = Date.now();
    const waits: number[] = [];
    for (let n = 0; n < pair.free + 3; n++) {
      await signInWithPassword({ email, password: `wrong-${n}` }, from, { now: () => now, verify });
      const row = await db().loginThrottle.findUniqueOrThrow({ where: { key: `pair:${email}|${from}` } });
      waits.push(Number(row.blockedUntilMs) - now);
      // The next try comes exactly when the delay ends, so every one is let through.
      now = Math.max(now, Number(row.blockedUntilMs));
    }
    expect(waits.slice(0, pair.free - 1).every((w) => w === 0)).toBe(true);
    const delayed = waits.slice(pair.free - 1);
    expect(delayed[0]).toBe(pair.baseDelayMs);
    expect(delayed[1]).toBe(2 * pair.baseDelayMs);
    expect(delayed[2]).toBe(4 * pair.baseDelayMs);
    expect(delayed[3]).toBe(8 * pair.baseDelayMs);
  });

  // Regression (issue 12): the block was checked before argon2 and the counter was a
  // read-then-write, so parallel guesses were undercounted and every one was hashed.
  it("counts every one of 20 parallel wrong guesses, and hashes only the free ones", async () => {
    const { email } = await person();
    const from = address();
    const now = Date.now();
    const { stats, verify } = countingVerifier();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        signInWithPassword({ email, password: `guess-${n}` }, from, { now: () => now, verify }),
      ),
    );
    expect(await failures(`pair:${email}|${from}`)).toBe(20);
    expect(stats.calls).toBe(pair.free);
    expect(results.filter((r) => refusedWait(r) !== undefined)).toHaveLength(20 - pair.free);
    // Only the attempts the pair let through reached the other rules.
    expect(await failures(`email:${email}`)).toBe(pair.free);
    expect(await failures(`ip:${from}`)).toBe(pair.free);
  });

  // Regression (issue 12): per-email blocking let anyone lock a victim out for 15 minutes
  // at a time, again and again.
  it("never holds a victim signing in from elsewhere out longer than the per-email cap", async () => {
    const { email, userId } = await person();
    const attacker = address();
    const victim = address();
    const start = Date.now();
    const attack = countingVerifier();
    let now = start;
    // The longest any rule a clean address meets (only the per-email one) blocked it for.
    let longestHold = 0;
    // 1,000 wrong guesses from one address, one a minute for 16 hours and a half.
    for (let n = 0; n < 1_000; n++) {
      now = start + n * 60_000;
      await signInWithPassword({ email, password: `guess-${n}` }, attacker, {
        now: () => now,
        verify: attack.verify,
      });
      const row = await db().loginThrottle.findUnique({ where: { key: `email:${email}` } });
      longestHold = Math.max(longestHold, Number(row?.blockedUntilMs ?? 0) - now);
    }
    expect(await failures(`pair:${email}|${attacker}`)).toBe(1_000);
    // The attacker's own pair took the brunt; the guesses it let through were enough to
    // drive the per-email delay to its cap, and never beyond.
    expect(attack.stats.calls).toBeLessThan(100);
    expect(longestHold).toBe(perEmail.maxDelayMs);

    // The victim, right after the last guess: in, or told to wait at most the cap; in after it.
    const first = await signInWithPassword({ email, password: PASSWORD }, victim, { now: () => now });
    expect(first.ok || (refusedWait(first) ?? Infinity) <= perEmail.maxDelayMs).toBe(true);
    const later = now + perEmail.maxDelayMs;
    expect(await signInWithPassword({ email, password: PASSWORD }, victim, { now: () => later })).toEqual({
      ok: true,
      userId,
    });
  }, 180_000);

  it("caps the per-email wait even when many addresses fail for the same email", async () => {
    const { email, userId } = await person();
    const now = Date.now();
    const { verify } = countingVerifier();
    for (let n = 0; n < 60; n++) {
      await signInWithPassword({ email, password: `guess-${n}` }, address(), { now: () => now + n, verify });
    }
    const victim = address();
    const refused = await signInWithPassword({ email, password: PASSWORD }, victim, { now: () => now + 60 });
    expect(refusedWait(refused)).toBeLessThanOrEqual(perEmail.maxDelayMs);
    const later = now + 60 + perEmail.maxDelayMs;
    expect(await signInWithPassword({ email, password: PASSWORD }, victim, { now: () => later })).toEqual({
      ok: true,
      userId,
    });
  });

  it("slows down one address trying many emails (password spraying)", async () => {
    const from = address();
    const now = Date.now();
    const { stats, verify } = countingVerifier();
    const results: SignInResult[] = [];
    for (let n = 0; n < ip.free + 10; n++) {
      results.push(
        await signInWithPassword({ email: `spray-${unique()}@test.example`, password: "Winter2026!" }, from, {
          now: () => now,
          verify,
        }),
      );
    }
    expect(stats.calls).toBe(ip.free);
    expect(results.slice(ip.free).every((r) => refusedWait(r) !== undefined)).toBe(true);
    expect(await failures(`ip:${from}`)).toBe(ip.free + 10);
  });

  it("clears the pair and the email after a correct password, but gives the address only that attempt back", async () => {
    const { email, userId } = await person();
    const from = address();
    for (let n = 0; n < 3; n++) await signInWithPassword({ email, password: `wrong-${n}` }, from);
    expect(await signInWithPassword({ email, password: PASSWORD }, from)).toEqual({ ok: true, userId });
    expect(await failures(`pair:${email}|${from}`)).toBe(0);
    expect(await failures(`email:${email}`)).toBe(0);
    expect(await failures(`ip:${from}`)).toBe(3);
  });
});

describe("password hashing concurrency", () => {
  it("never runs more password checks at once than the bound", async () => {
    const gate = createConcurrencyGate({ concurrency: 2, maxQueue: 100, maxWaitMs: 30_000 });
    const { stats, verify } = countingVerifier();
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        signInWithPassword({ email: `load-${unique()}@test.example`, password: "x" }, address(), {
          verify,
          gate,
        }),
      ),
    );
    expect(results.every((r) => !r.ok && r.message === INVALID_CREDENTIALS)).toBe(true);
    expect(stats.calls).toBe(12);
    expect(stats.peak).toBeGreaterThanOrEqual(1);
    expect(stats.peak).toBeLessThanOrEqual(2);
  });

  it("answers a clear busy message beyond the queue, and does not count that attempt", async () => {
    const { email, userId } = await person();
    const gate = createConcurrencyGate({ concurrency: 1, maxQueue: 0, maxWaitMs: 30_000 });
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const holding: PasswordVerifier = async (hash, password) => {
      await held;
      return checkPassword(hash, password);
    };
    const first = signInWithPassword({ email, password: PASSWORD }, address(), { verify: holding, gate });
    for (let i = 0; i < 10_000 && gate.active === 0; i++) await new Promise<void>((r) => setImmediate(r));
    expect(gate.active).toBe(1);

    const from = address();
    expect(await signInWithPassword({ email, password: "wrong" }, from, { gate })).toEqual({
      ok: false,
      message: SIGN_IN_MESSAGES.busy,
    });
    expect(await failures(`pair:${email}|${from}`)).toBe(0);
    release();
    expect(await first).toEqual({ ok: true, userId });
  });
});

describe("purgeStaleThrottles", () => {
  it("deletes rows whose window and delay ended long ago, a bounded batch at a time", async () => {
    const now = Date.now();
    const old = BigInt(now - PURGE_AFTER_MS - 60_000);
    const tag = unique();
    const staleKeys = Array.from({ length: 5 }, (_, n) => `pair:purge-${tag}-${n}@test.example|`);
    await db().loginThrottle.createMany({
      data: [
        ...staleKeys.map((key) => ({ key, failures: 3, lastAttemptMs: old, blockedUntilMs: old })),
        // Tried long ago, but still serving a long delay: kept.
        {
          key: `pair:purge-${tag}-blocked|`,
          failures: 9,
          lastAttemptMs: old,
          blockedUntilMs: BigInt(now + 60_000),
        },
        {
          key: `pair:purge-${tag}-fresh|`,
          failures: 1,
          lastAttemptMs: BigInt(now),
          blockedUntilMs: BigInt(now),
        },
      ],
    });
    const batches: number[] = [];
    for (let run = 0; run < 100; run++) {
      const deleted = await purgeStaleThrottles(now, 2);
      batches.push(deleted);
      if (deleted === 0) break;
    }
    expect(batches.every((n) => n <= 2)).toBe(true);
    expect(batches.at(-1)).toBe(0);
    const left = await db().loginThrottle.findMany({ where: { key: { startsWith: `pair:purge-${tag}` } } });
    expect(left.map((r) => r.key).sort()).toEqual([`pair:purge-${tag}-blocked|`, `pair:purge-${tag}-fresh|`]);
  });
});
