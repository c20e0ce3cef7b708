import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { config } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import type { Actor } from "@/lib/auth/actor";
import { createTestAccount } from "../support/fixtures";
import { issueToken, succeeded } from "../support/tokens";
import { asDatabaseOwner, rawSql } from "./database-owner";

// `npm run audit:verify -- --anchor FILE`, run as the real script against this run's
// database. Other test files leave deliberately broken chains in the shared database, so
// every run here names its account.
const scratch = mkdtempSync(path.join(os.tmpdir(), "keyward-anchor-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Run = { code: number; stdout: string; stderr: string };

function auditVerify(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "./scripts/hooks/register.mjs", "--import", "tsx", "scripts/audit-verify.ts", ...args],
      {
        env: {
          ...process.env,
          DATABASE_URL: config().databaseUrl,
          KEYWARD_AUDIT_KEY: config().auditKey,
          KEYWARD_DATA_DIR: scratch,
          ...env,
        },
        encoding: "utf8",
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function toggle(admin: Actor, tokenId: string, times: number) {
  for (let i = 0; i < times; i++) succeeded(await setTokenEnabled(admin, tokenId, i % 2 === 1));
}

// Five events: create, then four toggles.
async function accountWithHistory() {
  const { actors, accountId } = await createTestAccount();
  const admin = actors.administrator;
  const { tokenId } = await issueToken(admin);
  await toggle(admin, tokenId, 4);
  return { accountId, admin, tokenId };
}

const newest = (accountId: string) =>
  db().auditEvent.findFirstOrThrow({
    where: { accountId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });

const anchorOf = (file: string, accountId: string) =>
  (JSON.parse(readFileSync(file, "utf8")) as { accounts: Record<string, unknown> }).accounts[accountId];

async function removeNewest(accountId: string, count: number) {
  const { seq } = await newest(accountId);
  await asDatabaseOwner(() =>
    rawSql(`DELETE FROM "AuditEvent" WHERE "accountId" = $1 AND "seq" > $2`, [accountId, seq - count]),
  );
}

describe("audit:verify --anchor", () => {
  it("writes the anchor (mode 0600) when the file is missing, then refreshes it", async () => {
    const { accountId, admin, tokenId } = await accountWithHistory();
    const file = path.join(scratch, "fresh.json");

    const first = await auditVerify(["--account", accountId, "--anchor", file]);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain("chain intact: 5 events in 1 account(s)");
    expect(first.stdout).toContain(`anchor written: ${file}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(anchorOf(file, accountId)).toEqual(await newest(accountId));

    await toggle(admin, tokenId, 2);
    const second = await auditVerify(["--account", accountId, "--anchor", file]);
    expect(second).toMatchObject({ code: 0 });
    expect(second.stdout).toContain("anchor refreshed");
    expect(anchorOf(file, accountId)).toEqual({ seq: 7, hash: (await newest(accountId)).hash });
  });

  it("reports the newest events removed, which the chain check alone cannot see", async () => {
    const { accountId } = await accountWithHistory();
    const file = path.join(scratch, "truncated.json");
    expect((await auditVerify(["--account", accountId, "--anchor", file])).code).toBe(0);
    const anchored = anchorOf(file, accountId);

    await removeNewest(accountId, 2);

    const chainOnly = await auditVerify(["--account", accountId]);
    expect(chainOnly).toMatchObject({ code: 0 });
    expect(chainOnly.stdout).toContain("chain intact: 3 events in 1 account(s)");

    const anchoredRun = await auditVerify(["--account", accountId, "--anchor", file]);
    expect(anchoredRun.code).toBe(1);
    expect(anchoredRun.stdout).toContain(`chain broken: account ${accountId}, seq 5`);
    expect(anchoredRun.stdout).toContain("newest events removed");
    // The evidence stays: a failed run does not move the anchor.
    expect(anchorOf(file, accountId)).toEqual(anchored);
    expect((await auditVerify(["--account", accountId, "--anchor", file])).code).toBe(1);
  });

  it("reports an anchored event rewritten, even when new events have filled the gap", async () => {
    const { accountId, admin, tokenId } = await accountWithHistory();
    const file = path.join(scratch, "rewritten.json");
    expect((await auditVerify(["--account", accountId, "--anchor", file])).code).toBe(0);

    // The newest event removed, and the app's next event takes its seq: the chain is whole
    // again, and only the anchor remembers the seq 5 that was there.
    await removeNewest(accountId, 1);
    await toggle(admin, tokenId, 1);
    expect((await auditVerify(["--account", accountId])).code).toBe(0);

    const run = await auditVerify(["--account", accountId, "--anchor", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`chain broken: account ${accountId}, seq 5`);
    expect(run.stdout).toContain("the anchored event was rewritten");
  });

  it("exits 2 on an unreadable anchor file or without the audit key, and changes nothing", async () => {
    const { accountId } = await accountWithHistory();
    const file = path.join(scratch, "garbage.json");
    writeFileSync(file, "not json {");
    const garbage = await auditVerify(["--account", accountId, "--anchor", file]);
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toContain("is not valid JSON");
    expect(readFileSync(file, "utf8")).toBe("not json {");

    const noKey = await auditVerify(["--account", accountId], { KEYWARD_AUDIT_KEY: "" });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain("KEYWARD_AUDIT_KEY");
  });
});
