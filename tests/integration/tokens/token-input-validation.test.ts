import { afterAll, describe, expect, it } from "vitest";
import { CHECK_FIELDS } from "@/lib/commands/result";
import { db } from "@/lib/db/client";
import { createToken } from "@/lib/tokens/commands/create-token";
import { duplicateToken } from "@/lib/tokens/commands/duplicate-token";
import { updateToken } from "@/lib/tokens/commands/update-token";
import { updateTokenVersion } from "@/lib/tokens/commands/update-token-version";
import { TOKEN_FIELD_MESSAGES as M } from "@/lib/tokens/messages";
import { createTestAccount, tokenInput } from "../support/fixtures";
import { accountSnapshot, expectSecretsNowhereInDb, issueToken, issuedSecrets } from "../support/tokens";

// Bad input gets a message on the field it concerns and stores nothing, not even an audit
// event. Names are free text: markup and SQL are valid names, stored exactly as typed.
afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

const yesterday = () => new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

const CASES: Array<{
  title: string;
  overrides: Record<string, unknown>;
  field: string;
  message: string | RegExp;
}> = [
  { title: "an empty name", overrides: { name: "" }, field: "name", message: M.nameRequired },
  { title: "a name of spaces", overrides: { name: "   " }, field: "name", message: M.nameRequired },
  {
    title: "a 101-character name",
    overrides: { name: "n".repeat(101) },
    field: "name",
    message: M.nameTooLong,
  },
  {
    title: "a name with a line break",
    overrides: { name: "two\nlines" },
    field: "name",
    message: M.nameControlCharacters,
  },
  {
    title: "a name with a right-to-left override",
    overrides: { name: "Billing\u202ecnys" },
    field: "name",
    message: M.nameControlCharacters,
  },
  {
    title: "a name with a first strong isolate",
    overrides: { name: "Billing\u2068sync" },
    field: "name",
    message: M.nameControlCharacters,
  },
  {
    title: "a name with a zero-width space",
    overrides: { name: "Billing\u200bsync" },
    field: "name",
    message: M.nameControlCharacters,
  },
  {
    title: "a name with a soft hyphen",
    overrides: { name: "Bill\u00ading sync" },
    field: "name",
    message: M.nameControlCharacters,
  },
  {
    title: "a description with a left-to-right override",
    overrides: { description: "Nightly \u202dimport" },
    field: "description",
    message: M.descriptionControlCharacters,
  },
  {
    title: "a description with a zero-width joiner",
    overrides: { description: "Nightly\u200dimport" },
    field: "description",
    message: M.descriptionControlCharacters,
  },
  {
    title: "a description with a tab",
    overrides: { description: "Nightly\timport" },
    field: "description",
    message: M.descriptionControlCharacters,
  },
  {
    title: "an unknown section",
    overrides: { sectionIds: ["no-such-section"] },
    field: "sectionIds",
    message: M.sectionsInvalid,
  },
  { title: "no section", overrides: { sectionIds: [] }, field: "sectionIds", message: M.sectionsRequired },
  {
    title: "an unknown version",
    overrides: { apiVersionId: "no-such-version" },
    field: "apiVersionId",
    message: M.versionUnknown,
  },
  {
    title: "a past custom expiry",
    overrides: { expiration: "custom", customDate: yesterday() },
    field: "customDate",
    message: M.customDateInPast,
  },
  {
    title: "a malformed custom date",
    overrides: { expiration: "custom", customDate: "31/12/2099" },
    field: "customDate",
    message: M.customDateRequired,
  },
  {
    title: "a malformed CIDR",
    overrides: { allowedIpRanges: "10.0.0.0/33" },
    field: "allowedIpRanges",
    message: /10\.0\.0\.0\/33/,
  },
  {
    title: "a non-address in the IP list",
    overrides: { allowedIpRanges: "203.0.113.0/24, not-an-ip" },
    field: "allowedIpRanges",
    message: /not-an-ip/,
  },
  {
    title: "a bad contact email",
    overrides: { technicalContact: "ops at example" },
    field: "technicalContact",
    message: M.contactInvalid,
  },
  { title: "an unknown scope", overrides: { scope: "admin" }, field: "scope", message: M.scopeRequired },
];

describe("createToken with bad input", () => {
  it.each(CASES)("refuses $title on its field and stores nothing", async ({ overrides, field, message }) => {
    const { actors, accountId } = await createTestAccount();
    const before = await accountSnapshot(accountId);
    const result = await createToken(actors.administrator, await tokenInput(actors.administrator, overrides));
    expect(result.ok).toBe(false);
    expect(result.message).toBe(CHECK_FIELDS);
    const errors = result.errors?.[field];
    expect(errors?.length, `errors on ${field}: ${JSON.stringify(result.errors)}`).toBeGreaterThan(0);
    expect(errors?.join(" ")).toMatch(message);
    expect(await accountSnapshot(accountId)).toEqual(before);
  });

  it.each([
    ["the same name", "Billing sync"],
    ["another case", "BILLING SYNC"],
    ["surrounding spaces", "  billing Sync  "],
  ])("refuses a duplicate name written with %s", async (_how, name) => {
    const { actors, accountId } = await createTestAccount();
    await issueToken(actors.administrator, { name: "Billing sync" });
    const before = await accountSnapshot(accountId);
    const result = await createToken(
      actors.implementation_specialist,
      await tokenInput(actors.implementation_specialist, { name }),
    );
    expect(result).toMatchObject({ ok: false, errors: { name: [M.nameTaken] } });
    expect(await accountSnapshot(accountId)).toEqual(before);
  });

  it("allows the same name in another account, and again after the first is deleted", async () => {
    const first = await createTestAccount();
    const second = await createTestAccount();
    const { tokenId } = await issueToken(first.actors.administrator, { name: "Shared name" });
    await issueToken(second.actors.administrator, { name: "Shared name" });
    await db().apiToken.delete({ where: { id: tokenId } });
    await issueToken(first.actors.administrator, { name: "shared NAME" });
  });

  it.each([
    "<script>alert(1)</script>",
    `'; DROP TABLE "ApiToken";--`,
    `Robert'); DELETE FROM "User" WHERE ('1'='1`,
  ])("stores %s verbatim as a valid name", async (name) => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator, { name, description: name });
    const row = await db().apiToken.findUniqueOrThrow({
      where: { id: tokenId },
      select: { name: true, description: true },
    });
    expect(row).toEqual({ name, description: name });
    expect(await db().apiToken.count()).toBeGreaterThan(0);
    expect(await db().user.count()).toBeGreaterThan(0);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { targetId: tokenId },
      select: { targetLabel: true },
    });
    expect(event.targetLabel).toBe(name);
  });

  it("keeps a 100-character name, the longest allowed", async () => {
    const { actors } = await createTestAccount();
    const name = "é".repeat(100);
    const { tokenId } = await issueToken(actors.administrator, { name });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } })).name).toBe(name);
  });

  it("gives No expiration to administrators only", async () => {
    const { actors, accountId } = await createTestAccount();
    const specialist = actors.implementation_specialist;
    const before = await accountSnapshot(accountId);
    const refused = await createToken(specialist, await tokenInput(specialist, { expiration: "never" }));
    expect(refused).toMatchObject({ ok: false, errors: { expiration: [M.noExpirationAdminOnly] } });
    expect(await accountSnapshot(accountId)).toEqual(before);

    const { tokenId } = await issueToken(actors.administrator, { expiration: "never" });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } })).expiresAt).toBeNull();
  });

  it("refuses an owner from another account, or a person of this one who is not technical", async () => {
    const mine = await createTestAccount();
    const theirs = await createTestAccount();
    const admin = mine.actors.administrator;
    const before = await accountSnapshot(mine.accountId);
    for (const ownerId of [
      theirs.technicalUserId,
      theirs.actors.administrator.userId,
      mine.actors.member.userId,
      "no-such-user",
    ]) {
      const result = await createToken(admin, await tokenInput(admin, { ownerId }));
      expect(result).toMatchObject({ ok: false, errors: { ownerId: [M.ownerUnknown] } });
    }
    expect(await accountSnapshot(mine.accountId)).toEqual(before);
  });

  it("refuses a deactivated technical owner", async () => {
    const { actors, accountId, technicalUserId } = await createTestAccount();
    await db().membership.update({
      where: { accountId_userId: { accountId, userId: technicalUserId } },
      data: { deactivatedAt: new Date() },
    });
    const result = await createToken(
      actors.administrator,
      await tokenInput(actors.administrator, { ownerId: technicalUserId }),
    );
    expect(result).toMatchObject({ ok: false, errors: { ownerId: [M.ownerUnknown] } });
  });
});

describe("edit, duplicate and update version with bad input", () => {
  it.each(CASES.filter((c) => !("apiVersionId" in c.overrides)))(
    "edit refuses $title and changes nothing",
    async ({ overrides, field }) => {
      const { actors, accountId } = await createTestAccount();
      const admin = actors.administrator;
      const { tokenId } = await issueToken(admin);
      const before = await accountSnapshot(accountId);
      const result = await updateToken(admin, tokenId, {
        ...(await tokenInput(admin, { expiration: "keep", ...overrides })),
      });
      expect(result.ok).toBe(false);
      expect(result.errors?.[field]?.length).toBeGreaterThan(0);
      expect(await accountSnapshot(accountId)).toEqual(before);
    },
  );

  it("edit refuses another token's name and No expiration from a specialist", async () => {
    const { actors, accountId } = await createTestAccount();
    const specialist = actors.implementation_specialist;
    await issueToken(specialist, { name: "Taken" });
    const { tokenId } = await issueToken(specialist, { name: "Mine" });
    const before = await accountSnapshot(accountId);
    expect(
      await updateToken(
        specialist,
        tokenId,
        await tokenInput(specialist, { name: " taken ", expiration: "keep" }),
      ),
    ).toMatchObject({ ok: false, errors: { name: [M.nameTaken] } });
    expect(
      await updateToken(
        specialist,
        tokenId,
        await tokenInput(specialist, { name: "Mine", expiration: "never" }),
      ),
    ).toMatchObject({ ok: false, errors: { expiration: [M.noExpirationAdminOnly] } });
    expect(await accountSnapshot(accountId)).toEqual(before);
  });

  it("edit may change only the case of its own name", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator, { name: "billing" });
    const result = await updateToken(
      actors.administrator,
      tokenId,
      await tokenInput(actors.administrator, { name: "Billing", expiration: "keep" }),
    );
    expect(result.ok).toBe(true);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } })).name).toBe("Billing");
  });

  it.each([
    ["an empty name", "", M.nameRequired],
    ["a 101-character name", "x".repeat(101), M.nameTooLong],
    ["the original's name", "ORIGINAL", M.nameTaken],
  ])("duplicate refuses %s and stores nothing", async (_title, name, message) => {
    const { actors, accountId } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator, { name: "Original" });
    const before = await accountSnapshot(accountId);
    expect(await duplicateToken(actors.administrator, tokenId, { name })).toMatchObject({
      ok: false,
      errors: { name: [message] },
    });
    expect(await accountSnapshot(accountId)).toEqual(before);
  });

  it.each([
    ["a right-to-left override", "Original\u202e"],
    ["a zero-width space", "Orig\u200binal"],
    ["a byte-order mark", "Orig\ufeffinal"],
  ])("duplicate refuses a name with %s and stores nothing", async (_title, name) => {
    const { actors, accountId } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator, { name: "Original" });
    const before = await accountSnapshot(accountId);
    expect(await duplicateToken(actors.administrator, tokenId, { name })).toMatchObject({
      ok: false,
      errors: { name: [M.nameControlCharacters] },
    });
    expect(await accountSnapshot(accountId)).toEqual(before);
  });

  it("stores a description's line breaks as LF", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator, { description: "CRM import\r\nnightly" });
    const row = await db().apiToken.findUniqueOrThrow({
      where: { id: tokenId },
      select: { description: true },
    });
    expect(row.description).toBe("CRM import\nnightly");
  });

  it.each(["no-such-version", ""])("update version refuses %j and changes nothing", async (apiVersionId) => {
    const { actors, accountId } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator);
    const before = await accountSnapshot(accountId);
    const result = await updateTokenVersion(actors.administrator, tokenId, { apiVersionId });
    expect(result.ok).toBe(false);
    expect(result.errors?.apiVersionId?.length).toBeGreaterThan(0);
    expect(await accountSnapshot(accountId)).toEqual(before);
  });
});
