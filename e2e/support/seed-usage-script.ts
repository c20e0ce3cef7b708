// Seeds what the usage test cannot make through the console: tokens created months ago,
// one never used since and one used two days ago. Placeholder hashes, so no secret exists.
//   seed-usage-script.ts <label>   tokens "<label> stale" and "<label> busy"
import { randomBytes } from "node:crypto";
import { createDbClient } from "@/lib/db/client";
import { searchKey } from "@/lib/tokens/name-search/search-key";
import { assertLocalDatabase } from "./assert-local-database";
import { E2E_DATABASE_URL, E2E_USERS } from "./e2e-env";

const url = process.env.DATABASE_URL ?? E2E_DATABASE_URL;
assertLocalDatabase(url);
const client = createDbClient(url);
const DAY = 24 * 60 * 60 * 1000;

const publicId = () => randomBytes(9).toString("base64url").replace(/[-_]/g, "x").slice(0, 12);

async function main(label: string) {
  const admin = await client.user.findUniqueOrThrow({
    where: { email: E2E_USERS.administrator },
    select: { id: true, memberships: { select: { accountId: true }, orderBy: { createdAt: "asc" } } },
  });
  const accountId = admin.memberships[0]?.accountId;
  if (!accountId) throw new Error("the administrator has no account");
  const version = await client.apiVersion.findFirstOrThrow({
    orderBy: { releasedAt: "desc" },
    select: { id: true },
  });
  const now = Date.now();
  for (const [suffix, lastUsedAt] of [
    ["stale", null],
    ["busy", new Date(now - 2 * DAY)],
  ] as const) {
    const name = `${label} ${suffix}`;
    const pid = publicId();
    await client.apiToken.create({
      data: {
        accountId,
        publicId: pid,
        name,
        nameKey: name.toLowerCase(),
        searchKey: searchKey(name),
        scope: "read",
        apiVersionId: version.id,
        ownerId: admin.id,
        createdById: admin.id,
        hint: `kw_${pid}…seed`,
        secretHash: "seeded-without-a-secret",
        createdAt: new Date(now - 120 * DAY),
        lastUsedAt,
        lastUsedIp: lastUsedAt ? "192.0.2.10" : null,
      },
    });
  }
}

const label = process.argv[2];
if (!label) throw new Error("usage: seed-usage-script.ts <label>");
await main(label);
await client.$disconnect();
