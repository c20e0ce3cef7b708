import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

const INDEX = "ApiToken_accountId_revokedAt_disabledAt_expiresAt_id_idx";

// The token list counts the tokens a status filter matches (the "enabled" filter here), in
// the shape Prisma's count() sends. Without an index holding every column of the condition,
// SQLite read each of the account's rows to count them: 3.6 ms at 10,000 tokens, the status
// view's growth in B2 (README).
const COUNT = `SELECT COUNT(*) FROM (SELECT "id" FROM "ApiToken" WHERE ("accountId" = $1 AND "revokedAt" IS NULL
  AND "disabledAt" IS NULL AND ("expiresAt" IS NULL OR "expiresAt" > $2)) LIMIT -1 OFFSET 0) AS "sub"`;
const params = ["some-account", new Date()];

describe("counting an account's tokens by status", () => {
  it("reads the status index alone, no table row", async () => {
    if (process.env.DATABASE_URL?.startsWith("file:")) {
      const plan = await db().$queryRawUnsafe<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN ${COUNT.replace(/\$\d/g, "?")}`,
        ...params,
      );
      expect(plan.map((row) => row.detail).join("\n")).toMatch(new RegExp(`USING COVERING INDEX ${INDEX}`));
      return;
    }
    // PostgreSQL has no LIMIT -1: Prisma sends the count without it there.
    const sql = COUNT.replace(" LIMIT -1 OFFSET 0", "");
    // On a test database of a few rows the planner prefers any index; with only index-only
    // scans left to it, it finds one only if an index holds every column the count reads.
    const plan = await db().$transaction(async (tx) => {
      for (const kind of ["seqscan", "indexscan", "bitmapscan"])
        await tx.$executeRawUnsafe(`SET LOCAL enable_${kind} = off`);
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, ...params);
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(
      new RegExp(`Index Only Scan using "${INDEX}"`),
    );
  });
});
