import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/lib/commands/result";
import { NOT_SIGNED_IN } from "@/lib/auth/messages";
import { databaseProvider } from "@/lib/config/database-url";
import { createDbClient, db } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { addMember } from "@/lib/members/commands/add-member";
import { ensureFirstAdmin } from "@/lib/setup/first-admin";
import { createTestAccount, tokenInput } from "../support/fixtures";
import { personInput, succeeded } from "../support/members";
import { request, signInAs, signOutOfRequest } from "../support/request-context";
import { createScratchDatabase, type ScratchDatabase } from "../support/test-database";
import { expectSecretsNowhereInDb, issuedSecrets, issueToken } from "../support/tokens";

vi.mock("next-auth", async () => (await import("../support/request-context")).requestContextMocks.nextAuth());
vi.mock("next/headers", async () =>
  (await import("../support/request-context")).requestContextMocks.nextHeaders(),
);
vi.mock("next/cache", async () =>
  (await import("../support/request-context")).requestContextMocks.nextCache(),
);

// A user whose password someone else chose must change it before anything else, and that is
// enforced in the server actions themselves (they are public endpoints), not only by the
// pages' redirects. These tests call the real server action modules, resolved through the
// real session callbacks and session check, in a simulated request.
const APP = path.resolve(import.meta.dirname, "../../../app");
const CHANGE_PASSWORD_ACTIONS = ["changePasswordAction", "signOutEverywhereAction"];

// Every module under app/ that declares server actions, so a new one cannot be forgotten here.
function serverActionModules(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverActionModules(full);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

type ServerAction = (...args: unknown[]) => Promise<unknown>;

async function everyServerAction(): Promise<[string, ServerAction][]> {
  const actions: [string, ServerAction][] = [];
  for (const file of serverActionModules()) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function")
        actions.push([`${path.relative(APP, file)} ${name}`, value as ServerAction]);
    }
  }
  return actions;
}

// Everything an action of this account could change, plus the user's own sign-in state.
async function accountState(accountId: string, userId: string) {
  const [account, memberships, tokens, auditEvents, user] = await Promise.all([
    db().account.findUniqueOrThrow({ where: { id: accountId }, select: { apiAccessEnabled: true } }),
    db().membership.findMany({ where: { accountId }, orderBy: { userId: "asc" } }),
    db().apiToken.findMany({ where: { accountId }, orderBy: { id: "asc" } }),
    db().auditEvent.count({ where: { accountId } }),
    db().user.findUniqueOrThrow({ where: { id: userId } }),
  ]);
  return { account, memberships, tokens, auditEvents, user };
}

function formWith(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

beforeEach(() => signOutOfRequest());

describe("a user who must change an initial password", () => {
  it("is refused by every server action but changing the password and signing out", async () => {
    const { accountId, actors } = await createTestAccount();
    const admin = actors.administrator;
    const { tokenId } = await issueToken(admin);
    const input = await tokenInput(admin);
    await db().user.update({ where: { id: admin.userId }, data: { mustChangePassword: true } });
    await signInAs(admin.userId, 0);
    request.cookies.set("kw_account", accountId);

    // Valid arguments for every action, so a refusal comes from the session and nothing else.
    const form = formWith({
      ...Object.fromEntries(
        Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? String(v[0]) : String(v)]),
      ),
      tokenId,
      userId: actors.member.userId,
      role: "support_staff",
      name: "Someone New",
      email: `new-${tokenId}@test.example`,
      password: "an-initial-password-1",
      apiVersionId: input.apiVersionId,
    });
    const actions = await everyServerAction();
    expect(actions.length).toBeGreaterThanOrEqual(15);

    const before = await accountState(accountId, admin.userId);
    for (const [name, action] of actions) {
      const short = name.split(" ")[1] ?? name;
      if (CHANGE_PASSWORD_ACTIONS.includes(short)) continue;
      const outcome = await action({ ok: false }, form).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
      if ("value" in outcome) {
        expect(outcome.value, name).toEqual({ ok: false, message: NOT_SIGNED_IN, errors: undefined });
      } else {
        // switchAccount sends a signed-out visitor to /login (a redirect is thrown).
        expect(String((outcome.error as { digest?: unknown }).digest), name).toMatch(
          /^NEXT_REDIRECT;.*\/login;/,
        );
      }
    }
    expect(await accountState(accountId, admin.userId)).toEqual(before);
    expect(request.cookiesSet).toEqual([]);

    // The control: once the password is changed and they sign in again, the same harness
    // reaches the commands.
    const account = await import("@/app/(console)/settings/account/actions");
    const api = await import("@/app/(console)/settings/technical/api/actions");
    await db().user.update({
      where: { id: admin.userId },
      data: { passwordHash: await (await import("@/lib/auth/password")).hashPassword("first-password-1") },
    });
    succeeded(
      (await account.changePasswordAction(
        { ok: false },
        formWith({
          currentPassword: "first-password-1",
          newPassword: "my-own-password-2",
          confirmPassword: "my-own-password-2",
        }),
      )) as ActionState,
    );
    expect(await api.setApiAccessAction(false)).toEqual({
      ok: false,
      message: NOT_SIGNED_IN,
      errors: undefined,
    });
    await signInAs(admin.userId, 1);
    succeeded(await api.setApiAccessAction(false));
    expect((await accountState(accountId, admin.userId)).account.apiAccessEnabled).toBe(false);
  });

  it("comes from Add member's initial password; a technical user has none", async () => {
    const { actors } = await createTestAccount();
    const { userId } = succeeded(await addMember(actors.administrator, personInput()));
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).mustChangePassword).toBe(true);
    const robot = succeeded(
      await addMember(actors.administrator, personInput({ isTechnical: true, password: "" })),
    );
    expect((await db().user.findUniqueOrThrow({ where: { id: robot.userId } })).mustChangePassword).toBe(
      false,
    );
  });

  it("is the generated first administrator, but not one whose password the operator chose", async () => {
    for (const [env, mustChange] of [
      [{}, true],
      [{ password: "operator-chosen-password" }, false],
    ] as const) {
      const scratch = await createScratchDatabase(databaseProvider(process.env.DATABASE_URL ?? ""));
      scratches.push(scratch);
      await migrateDatabase(scratch.url);
      const client = createDbClient(scratch.url);
      try {
        expect(await ensureFirstAdmin(client, env)).toMatchObject({ created: true });
        expect(await client.user.findFirstOrThrow({ select: { mustChangePassword: true } })).toEqual({
          mustChangePassword: mustChange,
        });
      } finally {
        await client.$disconnect();
      }
    }
  });
});

const scratches: ScratchDatabase[] = [];
afterAll(async () => {
  await Promise.all(scratches.map((s) => s.drop()));
  await expectSecretsNowhereInDb(issuedSecrets);
});
