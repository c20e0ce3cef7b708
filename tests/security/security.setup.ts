import { expect, test as setup } from "@playwright/test";
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { E2E_PASSWORD, E2E_USERS } from "@/e2e/support/e2e-env";
import { rowChanges, snapshot } from "./support/db-snapshot";
import type { Fixtures } from "./support/fixtures";
import { API_ACTIONS, MEMBER_ACTIONS, form, postAction } from "./support/server-actions";
import { FIXTURES_FILE, SECURITY_DB_FILE, SECURITY_SERVER_ENV } from "./support/security-env";
import { send } from "./support/raw-http";
import { signIn, type Session } from "./support/sign-in";

const createToken = { file: API_ACTIONS, name: "createTokenAction", page: "/settings/technical/api" };

// Creates a token through the real action, as the dialog does. Also the suite's positive
// control: a well-formed request with this encoding is accepted and stores exactly one token,
// so every refusal the specs see is the server's judgement, not a broken encoding.
async function createThroughAction(session: Session, fields: Record<string, string | string[]>) {
  const before = snapshot();
  const res = await postAction(createToken, { session, args: [{ ok: false }, form(fields)] });
  expect(res.status, res.body).toBe(200);
  const id = /"tokenId":"([^"]+)"/.exec(res.body)?.[1];
  const secret = /"secret":"(kw_[^"]+)"/.exec(res.body)?.[1];
  if (!id || !secret) throw new Error(`No token in the answer: ${res.body.slice(0, 300)}`);
  expect(rowChanges(before, snapshot()).byTable.ApiToken).toBe(1);
  return { id, secret };
}

setup("seed users, sign in every role, create target tokens", async () => {
  // The end-to-end seed (one user per role, another account), on this suite's database.
  execFileSync(
    process.execPath,
    ["--import", "./scripts/hooks/register.mjs", "--import", "tsx", "e2e/support/seed-e2e.ts"],
    { env: { ...process.env, ...SECURITY_SERVER_ENV }, encoding: "utf8" },
  );

  const db = new Database(SECURITY_DB_FILE, { readonly: true });
  const one = <T>(sql: string, ...params: string[]) => db.prepare(sql).get(...params) as T;
  const userId = (email: string) => one<{ id: string }>('SELECT id FROM "User" WHERE email = ?', email).id;
  const accountId = one<{ id: string }>(`SELECT id FROM "Account" WHERE name = 'E2E Org'`).id;
  const otherAccountId = one<{ id: string }>(`SELECT id FROM "Account" WHERE name = 'Other Org'`).id;
  const sectionIds = (
    db.prepare('SELECT id FROM "ApiSection" ORDER BY position').all() as { id: string }[]
  ).map((row) => row.id);
  const versionId = one<{ id: string }>('SELECT id FROM "ApiVersion" ORDER BY "releasedAt" DESC').id;
  const ids = {
    adminUserId: userId(E2E_USERS.administrator),
    specialistUserId: userId(E2E_USERS.implementation_specialist),
    memberUserId: userId(E2E_USERS.member),
    supportUserId: userId(E2E_USERS.support_staff),
    otherAdminUserId: userId("other-admin@e2e.test"),
  };
  db.close();

  const sessions = {
    administrator: await signIn(E2E_USERS.administrator, E2E_PASSWORD),
    implementation_specialist: await signIn(E2E_USERS.implementation_specialist, E2E_PASSWORD),
    support_staff: await signIn(E2E_USERS.support_staff, E2E_PASSWORD),
    member: await signIn(E2E_USERS.member, E2E_PASSWORD),
    otherAdministrator: await signIn("other-admin@e2e.test", E2E_PASSWORD),
  };

  const base = { description: "", scope: "read_write", sectionIds, apiVersionId: versionId, customDate: "" };
  const token = await createThroughAction(sessions.administrator, {
    ...base,
    name: "security target",
    expiration: "30d",
    ownerId: ids.adminUserId,
  });
  const neverName = "security never expires";
  const never = await createThroughAction(sessions.administrator, {
    ...base,
    name: neverName,
    expiration: "never",
    ownerId: ids.adminUserId,
  });
  const otherToken = await createThroughAction(sessions.otherAdministrator, {
    ...base,
    name: "other account's token",
    expiration: "30d",
    ownerId: ids.otherAdminUserId,
  });

  // A specialist who signed in and was then deactivated: their session cookie is still valid
  // as a cookie, and must no longer open anything. Added and deactivated through the real
  // actions (two more positive controls).
  const leaverEmail = "leaver@e2e.test";
  const added = await postAction(
    { file: MEMBER_ACTIONS, name: "addMemberAction", page: "/settings/members" },
    {
      session: sessions.administrator,
      args: [
        { ok: false },
        form({
          name: "Lee Leaver",
          email: leaverEmail,
          role: "implementation_specialist",
          password: E2E_PASSWORD,
        }),
      ],
    },
  );
  expect(added.body).toContain('"ok":true');
  const deactivatedSession = await signIn(leaverEmail, E2E_PASSWORD);
  const leaverId = new Database(SECURITY_DB_FILE, { readonly: true })
    .prepare('SELECT id FROM "User" WHERE email = ?')
    .pluck()
    .get(leaverEmail);
  if (typeof leaverId !== "string") throw new Error("The deactivated member was not stored");
  const deactivated = await postAction(
    { file: MEMBER_ACTIONS, name: "deactivateMemberAction", page: "/settings/members" },
    { session: sessions.administrator, args: [{ ok: false }, form({ userId: leaverId })] },
  );
  expect(deactivated.body).toContain('"ok":true');

  // The export lists this account's token events: the cases that must not see them elsewhere
  // are not passing for want of any.
  const ownExport = await send({
    path: "/settings/technical/api/audit/export",
    headers: { Cookie: sessions.administrator.cookie },
  });
  expect(ownExport.body).toContain("security target");

  const fixtures: Fixtures = {
    sessions: { ...sessions, deactivated: deactivatedSession },
    accountId,
    otherAccountId,
    sectionIds,
    versionId,
    ...ids,
    token,
    neverExpiring: { id: never.id, name: neverName },
    otherToken,
  };
  writeFileSync(FIXTURES_FILE, JSON.stringify(fixtures, null, 2));
});
