import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { signIn } from "../../../bench/support/sign-in";
import { CRASH_ADMIN, serverPort } from "./support/production-server";
import {
  API_ACTIONS,
  API_PAGE,
  actionId,
  callFormAction,
  createToken,
  createTokenFields,
  secretIn,
} from "./support/server-action";
import { serverPerFile } from "./support/server-per-file";

// Issue 12.8: kill -9 the production server while 200 token creations are in flight,
// restart it on the same database, and every creation whose secret reached the client must
// verify. A secret the client saw for a token that was not durably stored would be an
// integration configured with a token that never works.
const CREATIONS = 200;
// The kill comes once this many secrets have arrived, so most creations are still in flight.
const KILL_AFTER = 15;

const instance = serverPerFile("keyward-crash-");
const { databaseFile } = instance;

type Outcome =
  | { kind: "secret"; secret: string }
  | { kind: "refused"; status: number; text: string }
  | { kind: "cut"; error: string };

function catalogue(databaseFile: string) {
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T | undefined;
    const admin = one<{ id: string }>(`SELECT id FROM "User" WHERE email = ?`, CRASH_ADMIN.email);
    const section = one<{ id: string }>(`SELECT id FROM "ApiSection" ORDER BY position LIMIT 1`);
    const version = one<{ id: string }>(`SELECT id FROM "ApiVersion" ORDER BY "releasedAt" DESC LIMIT 1`);
    if (!admin || !section || !version) throw new Error("the server did not seed its database");
    return { adminId: admin.id, sectionIds: [section.id], versionId: version.id };
  } finally {
    sqlite.close();
  }
}

function storedCrashTokens(databaseFile: string): number {
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    return (
      sqlite.prepare(`SELECT count(*) AS n FROM "ApiToken" WHERE name LIKE 'Crash %'`).get() as { n: number }
    ).n;
  } finally {
    sqlite.close();
  }
}

describe("kill -9 during 200 token creations", () => {
  it(
    "loses no token whose secret reached the client",
    async () => {
      const port = await serverPort();
      const running = await instance.start(port, "first.log");
      const cookie = await signIn(running.url, CRASH_ADMIN.email, CRASH_ADMIN.password);
      const ids = catalogue(databaseFile);
      const createAction = actionId(API_ACTIONS, "createTokenAction");

      // One creation through the real action first: the request format is right, so what
      // follows measures the crash and not a malformed call.
      const probeSecret = await createToken(running.url, cookie, ids, "Crash probe");

      let arrived = 0;
      let settled = 0;
      let inFlightAtKill = -1;
      let killed: Promise<void> | undefined;
      const kill = () => {
        if (killed) return;
        inFlightAtKill = CREATIONS - settled;
        killed = instance.kill9();
      };
      const outcomes = await Promise.all(
        Array.from({ length: CREATIONS }, async (_, i): Promise<Outcome> => {
          let outcome: Outcome;
          try {
            const answer = await callFormAction(
              running.url,
              API_PAGE,
              createAction,
              cookie,
              createTokenFields(ids, `Crash ${i}`),
              AbortSignal.timeout(120_000),
            );
            const secret = secretIn(answer.text);
            outcome = secret
              ? { kind: "secret", secret }
              : { kind: "refused", status: answer.status, text: answer.text };
          } catch (error) {
            outcome = { kind: "cut", error: error instanceof Error ? error.message : String(error) };
          }
          settled++;
          if (outcome.kind === "secret" && ++arrived >= KILL_AFTER) kill();
          return outcome;
        }),
      );
      // Every creation answered before the kill came: kill anyway, the restart still counts.
      kill();
      await killed;

      const secrets = outcomes.flatMap((o) => (o.kind === "secret" ? [o.secret] : []));
      const cut = outcomes.filter((o) => o.kind === "cut").length;
      const refused = outcomes.filter((o) => o.kind === "refused");

      const after = await instance.start(port, "restart.log");
      const verdicts: number[] = [];
      for (const secret of [probeSecret, ...secrets]) {
        const response = await fetch(`${after.url}/api/v1/auth/check`, {
          headers: { Authorization: `Bearer ${secret}` },
          signal: AbortSignal.timeout(30_000),
        });
        verdicts.push(response.status);
      }
      const stored = storedCrashTokens(databaseFile);

      const report = {
        fired: CREATIONS,
        secretsReachedClient: secrets.length,
        cutByKill: cut,
        inFlightAtKill,
        refused: refused.length,
        storedAfterRestart: stored - 1,
        storedButNeverShown: stored - 1 - secrets.length,
        verifiedAfterRestart: verdicts.filter((s) => s === 204).length - 1,
      };
      console.log(`crash test: ${JSON.stringify(report)}`);

      expect(refused, JSON.stringify(refused.slice(0, 3))).toEqual([]);
      expect(secrets.length + cut).toBe(CREATIONS);
      expect(secrets.length).toBeGreaterThanOrEqual(KILL_AFTER);
      // The kill landed while creations were still running.
      expect(inFlightAtKill).toBeGreaterThan(0);
      expect(cut).toBeGreaterThan(0);
      expect(
        verdicts.every((status) => status === 204),
        `statuses: ${verdicts.join(",")}`,
      ).toBe(true);
      expect(stored - 1).toBeGreaterThanOrEqual(secrets.length);
    },
    10 * 60_000,
  );
});
