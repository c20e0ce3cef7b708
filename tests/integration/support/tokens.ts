import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/commands/result";
import { config } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { createToken } from "@/lib/tokens/commands/create-token";
import type { IssuedSecret } from "@/lib/tokens/dto";
import type { TokenDecision } from "@/lib/tokens/verify-token";
import { verifyWithDb } from "../../support/verify-with-db";
import { tokenInput } from "./fixtures";

// Every secret a test file was handed, so the file can check at the end that none of
// them reached the database (see expectSecretsNowhereInDb).
export const issuedSecrets: string[] = [];

export function issued<T extends IssuedSecret>(result: ActionState<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.message} ${JSON.stringify(result.errors)}`);
  issuedSecrets.push(result.data.secret);
  return result.data;
}

export function succeeded<T>(result: ActionState<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.message} ${JSON.stringify(result.errors)}`);
  return result.data;
}

export async function issueToken(
  actor: Actor,
  overrides: Record<string, unknown> = {},
): Promise<IssuedSecret> {
  return issued(await createToken(actor, await tokenInput(actor, overrides)));
}

export function verify(raw: string, options: { now?: Date; required?: string } = {}): Promise<TokenDecision> {
  return verifyWithDb(raw, { client: db(), hashKey: config().tokenHashKey, ...options });
}

// The deny reason, or "ok": one comparable value per verification.
export async function verdict(raw: string, options: { now?: Date; required?: string } = {}): Promise<string> {
  const decision = await verify(raw, options);
  return decision.ok ? "ok" : decision.reason;
}

// Everything an account holds that a lifecycle action could change, to prove that a
// refused or invalid action changed nothing.
export async function accountSnapshot(accountId: string) {
  const [account, tokens, auditEvents] = await Promise.all([
    db().account.findUniqueOrThrow({ where: { id: accountId }, select: { apiAccessEnabled: true } }),
    db().apiToken.findMany({
      where: { accountId },
      orderBy: { id: "asc" },
      include: { sections: { orderBy: { sectionId: "asc" } } },
    }),
    db().auditEvent.count({ where: { accountId } }),
  ]);
  return { account, tokens, auditEvents };
}

export async function auditActions(accountId: string): Promise<string[]> {
  const events = await db().auditEvent.findMany({
    where: { accountId },
    orderBy: { seq: "asc" },
    select: { action: true },
  });
  return events.map((e) => e.action);
}

const jsonSafe = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);

async function tableNames(): Promise<string[]> {
  const sqlite = config().databaseUrl.startsWith("file:");
  const rows = sqlite
    ? // FTS5's shadow tables hold the name search's index, derived from ApiToken.searchKey
      // (read with ApiToken); the adapter cannot read their empty binary cells.
      await db().$queryRawUnsafe<{ name: string }[]>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'ApiTokenSearch\\_%' ESCAPE '\\'",
      )
    : await db().$queryRawUnsafe<{ name: string }[]>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()",
      );
  return rows.map((r) => r.name);
}

// Reads every row of every table (not only the models the code knows about) and looks for
// each issued secret, whole and as its bare random part.
export async function expectSecretsNowhereInDb(secrets: readonly string[]): Promise<void> {
  expect(secrets.length).toBeGreaterThan(0);
  const tables = await tableNames();
  expect(tables).toContain("ApiToken");
  for (const table of tables) {
    const rows = await db().$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table.replace(/"/g, '""')}"`);
    const text = JSON.stringify(rows, jsonSafe);
    for (const secret of secrets) {
      const randomPart = secret.slice(16, 42);
      expect(text.includes(randomPart), `a secret was found in table ${table}`).toBe(false);
    }
  }
}
