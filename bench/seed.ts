// B1's data: one account with 100,000 tokens, bulk-inserted with better-sqlite3 in one
// transaction (through the ORM it would take minutes). Only the secrets of a pool of 1,000
// are returned, and they live in the bench's memory only; the rest are hashed and forgotten.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { createDbClient } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { ensureCatalogue } from "@/lib/setup/catalogue";
import { tokenHint } from "@/lib/tokens/hint";
import { hashSecret } from "@/lib/tokens/hash";
import { generateToken } from "../tests/support/generate-token";

export type BenchData = { pool: string[]; unknown: string[]; accountId: string };

const DAY = 24 * 60 * 60 * 1000;
// The format Prisma's SQLite adapter stores DateTime in, so the console reads these rows.
const sqliteDate = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const cuidLike = () => `bench${randomBytes(10).toString("hex")}`;

export async function seedBenchDatabase(
  file: string,
  hashKey: string,
  sizes: { tokens: number; pool: number; unknown: number } = { tokens: 100_000, pool: 1_000, unknown: 1_000 },
): Promise<BenchData> {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  const url = `file:${file}`;
  await migrateDatabase(url);
  const client = createDbClient(url);
  const ids = await (async () => {
    try {
      await ensureCatalogue(client);
      const account = await client.account.create({ data: { name: "Bench Org" } });
      const owner = await client.user.create({
        data: { email: "bench-robot@bench.local", name: "Bench robot", isTechnical: true },
      });
      await client.membership.create({
        data: { accountId: account.id, userId: owner.id, role: "implementation_specialist" },
      });
      const version = await client.apiVersion.findFirstOrThrow({
        orderBy: { releasedAt: "desc" },
        select: { id: true },
      });
      const leads = await client.apiSection.findUniqueOrThrow({
        where: { key: "leads" },
        select: { id: true },
      });
      return { accountId: account.id, ownerId: owner.id, versionId: version.id, sectionId: leads.id };
    } finally {
      await client.$disconnect();
    }
  })();

  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const insertToken = db.prepare(
    `INSERT INTO "ApiToken" ("id","accountId","publicId","name","nameKey","scope","apiVersionId","ownerId","hint",
      "secretHash","expiresAt","createdAt","createdById","updatedAt") VALUES (?,?,?,?,?,'read_write',?,?,?,?,?,?,?,?)`,
  );
  const insertSection = db.prepare(`INSERT INTO "ApiTokenSection" ("tokenId","sectionId") VALUES (?,?)`);
  const pool: string[] = [];
  const now = Date.now();
  db.transaction(() => {
    for (let i = 0; i < sizes.tokens; i++) {
      const { token, publicId, secret } = generateToken();
      if (i % Math.floor(sizes.tokens / sizes.pool) === 0 && pool.length < sizes.pool) pool.push(token);
      const id = cuidLike();
      const name = `Bench ${String(i).padStart(6, "0")}`;
      const created = sqliteDate(now - i * 1_000);
      insertToken.run(
        id,
        ids.accountId,
        publicId,
        name,
        name.toLowerCase(),
        ids.versionId,
        ids.ownerId,
        tokenHint(token),
        hashSecret(secret, hashKey),
        sqliteDate(now + 365 * DAY),
        created,
        ids.ownerId,
        created,
      );
      insertSection.run(id, ids.sectionId);
    }
  })();
  db.close();
  // Well formed, valid checksums, never issued: what a client with a stale or invented
  // token presents.
  const unknown = Array.from({ length: sizes.unknown }, () => generateToken().token);
  return { pool, unknown, accountId: ids.accountId };
}
