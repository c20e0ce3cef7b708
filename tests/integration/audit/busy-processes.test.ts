import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/config/database-url";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { createTestAccount } from "../support/fixtures";
import { issueToken } from "../support/tokens";

// Two worker processes (KEYWARD_PROCESSES) changing tokens on one SQLite file at the same
// time: a transaction that read before the other process took the write lock meets
// "database is locked" at once; it must run again, not fail the person's change.
const OTHER_PROCESS = path.join(import.meta.dirname, "toggling-process.ts");
const ROUNDS = 40;
const sqlite = databaseProvider(process.env.DATABASE_URL ?? "") === "sqlite";

describe.runIf(sqlite)("audited changes from two processes on one SQLite file", () => {
  it("all succeed", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator);
    const other = spawn(
      process.execPath,
      ["--import", "./scripts/hooks/register.mjs", "--import", "tsx", OTHER_PROCESS, String(ROUNDS)],
      { env: process.env, stdio: ["ignore", "pipe", "inherit"] },
    );
    let output = "";
    other.stdout.setEncoding("utf8");
    const ready = new Promise<void>((resolve) =>
      other.stdout.on("data", (chunk: string) => {
        output += chunk;
        if (output.includes("ready")) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => other.on("exit", resolve));
    await ready;
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const result = await setTokenEnabled(actors.administrator, tokenId, round % 2 === 1).catch(
        (error: unknown) => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
      );
      if (!result.ok) failures.push("message" in result ? String(result.message) : "refused");
    }
    expect(await exited).toBe(0);
    expect(failures).toEqual([]);
    expect(output).toContain("failures 0");
  });
});
