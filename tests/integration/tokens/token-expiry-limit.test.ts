import { afterAll, describe, expect, it } from "vitest";
import { CHECK_FIELDS } from "@/lib/commands/result";
import { config } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { createToken } from "@/lib/tokens/commands/create-token";
import { duplicateToken } from "@/lib/tokens/commands/duplicate-token";
import { updateToken } from "@/lib/tokens/commands/update-token";
import { TOKEN_FIELD_MESSAGES as M } from "@/lib/tokens/messages";
import { createTestAccount, tokenInput } from "../support/fixtures";
import {
  accountSnapshot,
  expectSecretsNowhereInDb,
  issued,
  issuedSecrets,
  issueToken,
} from "../support/tokens";

// "No expiration is for administrators only" holds on every path that sets an expiry:
// presets, custom dates, edits and duplicates. Non-administrators are held to
// KEYWARD_MAX_TOKEN_LIFETIME_DAYS (365 by default); custom dates to ten years for everyone.
afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

const DAY = 24 * 60 * 60 * 1000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const expiresAtOf = async (tokenId: string) =>
  (await db().apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: { expiresAt: true } })).expiresAt;

describe("the lifetime limit", () => {
  it("is 365 days unless configured", () => {
    expect(config().tokens.maxLifetimeDays).toBe(365);
  });
});

describe("create", () => {
  it.each([
    ["implementation_specialist", "9999-12-31", M.customDateTooFar(365)],
    ["implementation_specialist", dateIn(366), M.customDateTooFar(365)],
    ["administrator", "9999-12-31", M.customDateTooFar(3650)],
    ["administrator", dateIn(3651), M.customDateTooFar(3650)],
  ] as const)("as %s, refuses the custom date %s and stores nothing", async (role, customDate, message) => {
    const { actors, accountId } = await createTestAccount();
    const before = await accountSnapshot(accountId);
    const result = await createToken(
      actors[role],
      await tokenInput(actors[role], { expiration: "custom", customDate }),
    );
    expect(result).toEqual({ ok: false, message: CHECK_FIELDS, errors: { customDate: [message] } });
    expect(await accountSnapshot(accountId)).toEqual(before);
  });

  it("gives a specialist every preset and custom dates up to the last allowed day", async () => {
    const { actors } = await createTestAccount();
    const specialist = actors.implementation_specialist;
    for (const expiration of ["7d", "30d", "60d", "90d", "1y"]) {
      await issueToken(specialist, { expiration });
    }
    const last = dateIn(365);
    const { tokenId } = await issueToken(specialist, { expiration: "custom", customDate: last });
    expect((await expiresAtOf(tokenId))?.toISOString()).toBe(`${last}T23:59:59.999Z`);
  });

  it("gives an administrator No expiration and custom dates beyond a year", async () => {
    const { actors } = await createTestAccount();
    const never = await issueToken(actors.administrator, { expiration: "never" });
    expect(await expiresAtOf(never.tokenId)).toBeNull();
    const far = await issueToken(actors.administrator, { expiration: "custom", customDate: dateIn(3000) });
    expect((await expiresAtOf(far.tokenId))?.toISOString().slice(0, 10)).toBe(dateIn(3000));
  });
});

describe("edit", () => {
  it.each([
    [
      "implementation_specialist",
      { expiration: "custom", customDate: "9999-12-31" },
      "customDate",
      M.customDateTooFar(365),
    ],
    [
      "implementation_specialist",
      { expiration: "custom", customDate: dateIn(400) },
      "customDate",
      M.customDateTooFar(365),
    ],
    ["implementation_specialist", { expiration: "never" }, "expiration", M.noExpirationAdminOnly],
    [
      "administrator",
      { expiration: "custom", customDate: "9999-12-31" },
      "customDate",
      M.customDateTooFar(3650),
    ],
  ] as const)("as %s, refuses %j and changes nothing", async (role, overrides, field, message) => {
    const { actors, accountId } = await createTestAccount();
    const { tokenId } = await issueToken(actors.implementation_specialist, { name: "Edited" });
    const before = await accountSnapshot(accountId);
    const result = await updateToken(
      actors[role],
      tokenId,
      await tokenInput(actors[role], { name: "Edited", ...overrides }),
    );
    expect(result).toEqual({ ok: false, message: CHECK_FIELDS, errors: { [field]: [message] } });
    expect(await accountSnapshot(accountId)).toEqual(before);
  });

  it("lets a specialist edit an administrator's never-expiring token while keeping its expiry", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator, { name: "Forever", expiration: "never" });
    const specialist = actors.implementation_specialist;
    const result = await updateToken(
      specialist,
      tokenId,
      await tokenInput(specialist, { name: "Forever", description: "renamed", expiration: "keep" }),
    );
    expect(result.ok).toBe(true);
    expect(await expiresAtOf(tokenId)).toBeNull();
  });
});

describe("duplicate", () => {
  it("refuses to give a specialist a copy of a never-expiring token, and stores nothing", async () => {
    const { actors, accountId } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator, { name: "Forever", expiration: "never" });
    const before = await accountSnapshot(accountId);
    for (const input of [{ name: "Forever (copy)" }, { name: "Forever (copy)", expiration: "keep" }]) {
      expect(await duplicateToken(actors.implementation_specialist, tokenId, input)).toEqual({
        ok: false,
        message: CHECK_FIELDS,
        errors: { expiration: [M.duplicateNeverExpires] },
      });
    }
    expect(await accountSnapshot(accountId)).toEqual(before);
  });

  it("refuses to copy an expiry further away than the specialist may set", async () => {
    const { actors, accountId } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator, {
      name: "Long",
      expiration: "custom",
      customDate: dateIn(900),
    });
    const before = await accountSnapshot(accountId);
    expect(await duplicateToken(actors.implementation_specialist, tokenId, { name: "Long (copy)" })).toEqual({
      ok: false,
      message: CHECK_FIELDS,
      errors: { expiration: [M.duplicateExpiresTooLate(365)] },
    });
    expect(await accountSnapshot(accountId)).toEqual(before);
  });

  it("refuses a chosen expiry outside the rule", async () => {
    const { actors, accountId } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator, { name: "Source", expiration: "never" });
    const before = await accountSnapshot(accountId);
    const specialist = actors.implementation_specialist;
    expect(
      await duplicateToken(specialist, tokenId, {
        name: "A",
        expiration: "custom",
        customDate: "9999-12-31",
      }),
    ).toMatchObject({ ok: false, errors: { customDate: [M.customDateTooFar(365)] } });
    expect(await duplicateToken(specialist, tokenId, { name: "B", expiration: "never" })).toMatchObject({
      ok: false,
      errors: { expiration: [M.noExpirationAdminOnly] },
    });
    expect(
      await duplicateToken(actors.administrator, tokenId, {
        name: "C",
        expiration: "custom",
        customDate: "9999-12-31",
      }),
    ).toMatchObject({ ok: false, errors: { customDate: [M.customDateTooFar(3650)] } });
    expect(await accountSnapshot(accountId)).toEqual(before);
  });

  it("gives the specialist's copy the expiry they choose", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator, { name: "Forever", expiration: "never" });
    const startedAt = Date.now();
    const copy = issued(
      await duplicateToken(actors.implementation_specialist, tokenId, { name: "Mine", expiration: "90d" }),
    );
    const expiresAt = await expiresAtOf(copy.tokenId);
    expect(expiresAt?.getTime()).toBeGreaterThanOrEqual(startedAt + 90 * DAY);
    expect(expiresAt?.getTime()).toBeLessThanOrEqual(Date.now() + 90 * DAY);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { targetId: copy.tokenId, action: "token.duplicated" },
      select: { changes: true },
    });
    expect(JSON.stringify(event.changes)).toContain(expiresAt?.toISOString());
  });

  it("keeps an expiry within the rule, and lets an administrator copy a never-expiring token", async () => {
    const { actors } = await createTestAccount();
    const thirty = await issueToken(actors.administrator, { name: "Thirty", expiration: "30d" });
    const copy = issued(
      await duplicateToken(actors.implementation_specialist, thirty.tokenId, { name: "T2" }),
    );
    expect(await expiresAtOf(copy.tokenId)).toEqual(await expiresAtOf(thirty.tokenId));

    const never = await issueToken(actors.administrator, { name: "Forever", expiration: "never" });
    const adminCopy = issued(await duplicateToken(actors.administrator, never.tokenId, { name: "F2" }));
    expect(await expiresAtOf(adminCopy.tokenId)).toBeNull();
  });
});
