import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { INVALID_CREDENTIALS, signInWithPassword } from "@/lib/auth/sign-in";
import { FREE_FAILURES } from "@/lib/auth/login-throttle.policy";
import { db } from "@/lib/db/client";

const PASSWORD = "correct-horse-battery";

async function person(options: { technical?: boolean; deactivated?: boolean } = {}) {
  const email = `person-${randomBytes(4).toString("hex")}@test.example`;
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
const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

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
      {
        ok: false,
        message: INVALID_CREDENTIALS,
      },
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

  it("slows down repeated failures for one email, even with the right password afterwards", async () => {
    const { email } = await person();
    const ip = address();
    for (let n = 0; n < FREE_FAILURES.email; n++) {
      expect(await signInWithPassword({ email, password: `wrong-${n}` }, ip)).toEqual({
        ok: false,
        message: INVALID_CREDENTIALS,
      });
    }
    const blocked = await signInWithPassword({ email, password: PASSWORD }, ip);
    expect(blocked.ok).toBe(false);
    if (!blocked.ok)
      expect(blocked.message).toMatch(/^Too many sign-in attempts\. Try again in \d+ seconds?\.$/);
  });

  it("makes each further failure wait longer than the one before", async () => {
    const { email } = await person();
    const key = `email:${email}`;
    const waits: number[] = [];
    for (let n = 0; n < FREE_FAILURES.email + 2; n++) {
      // Lift the block between tries so each attempt is counted, as if the user waited.
      await db().loginThrottle.updateMany({ where: { key }, data: { blockedUntil: null } });
      await signInWithPassword({ email, password: `wrong-${n}` }, address());
      const row = await db().loginThrottle.findUniqueOrThrow({ where: { key } });
      waits.push(row.blockedUntil ? row.blockedUntil.getTime() - row.updatedAt.getTime() : 0);
    }
    const delayed = waits.slice(FREE_FAILURES.email - 1);
    expect(delayed[0]).toBeGreaterThan(0);
    expect(delayed[1]).toBeGreaterThan(delayed[0] ?? 0);
    expect(delayed[2]).toBeGreaterThan(delayed[1] ?? 0);
  });
});
