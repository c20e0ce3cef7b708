// Seeds tokens the browser tests need but a user cannot make today: tokens created weeks
// ago, expired ones, and an account with 10,000 tokens. They carry placeholder hashes, so
// no secret exists for them at all.
//   seed-tokens-script.ts filters <label>   seven tokens "<label> …", of every status and age
//   seed-tokens-script.ts bulk              10,000 tokens in "Other Org" (once)
//   seed-tokens-script.ts foreign <label>   one token "<label>" in an account of its own; prints its id
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { createDbClient } from "@/lib/db/client";
import { assertLocalDatabase } from "./assert-local-database";
import { E2E_DATABASE_URL, E2E_USERS } from "./e2e-env";

const url = process.env.DATABASE_URL ?? E2E_DATABASE_URL;
assertLocalDatabase(url);
const client = createDbClient(url);
const DAY = 24 * 60 * 60 * 1000;
export const BULK_TOKENS = 10_000;
export const BULK_ADMIN = "other-admin@e2e.test";

const id = () => `e2e${randomBytes(10).toString("hex")}`;
const publicId = () => randomBytes(9).toString("base64url").replace(/[-_]/g, "x").slice(0, 12);

async function context(email: string) {
  const user = await client.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, memberships: { select: { accountId: true }, orderBy: { createdAt: "asc" } } },
  });
  const accountId = user.memberships[0]?.accountId;
  const version = await client.apiVersion.findFirstOrThrow({
    orderBy: { releasedAt: "desc" },
    select: { id: true },
  });
  const leads = await client.apiSection.findUniqueOrThrow({ where: { key: "leads" }, select: { id: true } });
  if (!accountId) throw new Error(`${email} has no account`);
  return { userId: user.id, accountId, versionId: version.id, sectionId: leads.id };
}

async function seedFilters(label: string) {
  const c = await context(E2E_USERS.administrator);
  const now = Date.now();
  const tokens = [
    { suffix: "fresh", createdAt: now - 1 * DAY, expiresAt: now + 60 * DAY },
    { suffix: "old", createdAt: now - 45 * DAY, expiresAt: now + 60 * DAY },
    { suffix: "paused", createdAt: now - 2 * DAY, expiresAt: now + 60 * DAY, disabledAt: now - DAY },
    { suffix: "retired", createdAt: now - 3 * DAY, expiresAt: now + 60 * DAY, revokedAt: now - DAY },
    { suffix: "ending", createdAt: now - 20 * DAY, expiresAt: now + 3 * DAY },
    { suffix: "lapsed", createdAt: now - 40 * DAY, expiresAt: now - 2 * DAY },
    { suffix: "frozen", createdAt: now - 40 * DAY, expiresAt: now - 2 * DAY, disabledAt: now - 3 * DAY },
  ];
  for (const t of tokens) {
    const name = `${label} ${t.suffix}`;
    const pid = publicId();
    await client.apiToken.create({
      data: {
        accountId: c.accountId,
        publicId: pid,
        name,
        nameKey: name.toLowerCase(),
        scope: "read",
        apiVersionId: c.versionId,
        ownerId: c.userId,
        createdById: c.userId,
        hint: `kw_${pid}…seed`,
        secretHash: "seeded-without-a-secret",
        createdAt: new Date(t.createdAt),
        expiresAt: new Date(t.expiresAt),
        disabledAt: t.disabledAt ? new Date(t.disabledAt) : null,
        revokedAt: t.revokedAt ? new Date(t.revokedAt) : null,
        revokedById: t.revokedAt ? c.userId : null,
        sections: { create: [{ sectionId: c.sectionId }] },
      },
    });
  }
}

// Raw SQL in one transaction: 10,000 rows through the ORM one by one would take minutes.
async function seedBulk() {
  const c = await context(BULK_ADMIN);
  const existing = await client.apiToken.count({ where: { accountId: c.accountId } });
  if (existing >= BULK_TOKENS) return;
  const sqlite = new Database(url.replace(/^file:/, ""));
  sqlite.pragma("busy_timeout = 10000");
  const insert = sqlite.prepare(
    `INSERT INTO "ApiToken" ("id","accountId","publicId","name","nameKey","description","scope","apiVersionId","ownerId",
      "allowedIpRanges","hint","secretHash","expiresAt","createdAt","createdById","updatedAt")
     VALUES (?,?,?,?,?,'','read',?,?,'',?,'seeded-without-a-secret',?,?,?,?)`,
  );
  const now = Date.now();
  sqlite.transaction(() => {
    sqlite.prepare(`DELETE FROM "ApiToken" WHERE "accountId" = ?`).run(c.accountId);
    for (let i = 1; i <= BULK_TOKENS; i++) {
      const name = `Bulk ${String(i).padStart(5, "0")}`;
      const pid = publicId();
      // Bulk 00001 is the newest, so the last page holds the highest numbers.
      const createdAt = now - i * 60_000;
      insert.run(
        id(),
        c.accountId,
        pid,
        name,
        name.toLowerCase(),
        c.versionId,
        c.userId,
        `kw_${pid}…bulk`,
        now + 90 * DAY,
        createdAt,
        c.userId,
        createdAt,
      );
    }
  })();
  sqlite.close();
}

// A token no e2e user's account holds (not "Other Org", whose count the pagination spec
// relies on): what another account's token id must answer.
async function seedForeign(label: string) {
  const c = await context(BULK_ADMIN);
  const account = await client.account.create({ data: { name: `Foreign ${label}` } });
  const pid = publicId();
  const token = await client.apiToken.create({
    data: {
      accountId: account.id,
      publicId: pid,
      name: label,
      nameKey: label.toLowerCase(),
      scope: "read",
      apiVersionId: c.versionId,
      ownerId: c.userId,
      createdById: c.userId,
      hint: `kw_${pid}…seed`,
      secretHash: "seeded-without-a-secret",
    },
    select: { id: true },
  });
  process.stdout.write(token.id);
}

async function main() {
  const [mode, label] = process.argv.slice(2);
  if (mode === "filters" && label) await seedFilters(label);
  else if (mode === "bulk") await seedBulk();
  else if (mode === "foreign" && label) await seedForeign(label);
  else throw new Error("usage: seed-tokens-script.ts filters <label> | bulk | foreign <label>");
}

main()
  .finally(() => client.$disconnect())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
