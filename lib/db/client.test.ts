import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "./client";

const scratch = mkdtempSync(path.join(tmpdir(), "keyward-db-client-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the SQLite client", () => {
  it("keeps SQLite's 2 MB page cache rather than better-sqlite3's 16 MB (B4)", async () => {
    const client = createDbClient(`file:${path.join(scratch, "cache.db")}`);
    try {
      const rows = await client.$queryRawUnsafe<{ cache_size: number | bigint }[]>("PRAGMA cache_size");
      expect(Number(rows[0]?.cache_size)).toBe(-2_000);
    } finally {
      await client.$disconnect();
    }
  });
});
