import { afterAll, describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/config/database-url";
import { createDbClient } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { verifyPassword } from "@/lib/auth/password";
import { ensureFirstAdmin } from "@/lib/setup/first-admin";
import { createScratchDatabase, type ScratchDatabase } from "../support/test-database";

const provider = databaseProvider(process.env.DATABASE_URL ?? "");
const scratches: ScratchDatabase[] = [];
afterAll(async () => {
  await Promise.all(scratches.map((s) => s.drop()));
});

async function emptyDatabase() {
  const scratch = await createScratchDatabase(provider);
  scratches.push(scratch);
  await migrateDatabase(scratch.url);
  return createDbClient(scratch.url);
}

describe("the first administrator", () => {
  it("is created from KEYWARD_ADMIN_EMAIL / KEYWARD_ADMIN_PASSWORD with an account, once", async () => {
    const client = await emptyDatabase();
    try {
      const env = { email: " Owner@Example.com ", password: "a-long-enough-password", accountName: "Acme" };
      expect(await ensureFirstAdmin(client, env)).toEqual({
        created: true,
        email: "owner@example.com",
        generatedPassword: null,
      });
      expect(await ensureFirstAdmin(client, env)).toEqual({ created: false });

      const user = await client.user.findUniqueOrThrow({
        where: { email: "owner@example.com" },
        select: {
          passwordHash: true,
          memberships: { select: { role: true, account: { select: { name: true } } } },
        },
      });
      expect(user.memberships).toEqual([{ role: "administrator", account: { name: "Acme" } }]);
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.passwordHash ?? "", "a-long-enough-password")).toBe(true);
    } finally {
      await client.$disconnect();
    }
  });

  it("gets a generated password, returned once to be printed and stored only as a hash", async () => {
    const client = await emptyDatabase();
    try {
      const result = await ensureFirstAdmin(client, {});
      if (!result.created || !result.generatedPassword) throw new Error("expected a generated password");
      expect(result.email).toBe("admin@keyward.local");
      expect(result.generatedPassword.length).toBeGreaterThanOrEqual(16);
      const user = await client.user.findUniqueOrThrow({ where: { email: result.email } });
      expect(user.passwordHash).not.toContain(result.generatedPassword);
      expect(await verifyPassword(user.passwordHash ?? "", result.generatedPassword)).toBe(true);
    } finally {
      await client.$disconnect();
    }
  });

  it("refuses a configured password shorter than 12 characters", async () => {
    const client = await emptyDatabase();
    try {
      await expect(ensureFirstAdmin(client, { password: "short" })).rejects.toThrow(/at least 12 characters/);
      expect(await client.user.count()).toBe(0);
    } finally {
      await client.$disconnect();
    }
  });
});
