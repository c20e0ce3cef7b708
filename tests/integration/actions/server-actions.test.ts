import { beforeEach, describe, expect, it, vi } from "vitest";
import { NOT_ALLOWED, NOT_SIGNED_IN } from "@/lib/auth/messages";
import { fail, INVALID_FORM, NOT_FOUND_MESSAGE } from "@/lib/commands/result";
import { db } from "@/lib/db/client";
import { createTestAccount, tokenInput, type TestAccount } from "../support/fixtures";
import { issueToken, issuedSecrets, verdict } from "../support/tokens";
import { MEMBER_PASSWORD, uniqueEmail } from "../support/members";

// The server-action layer itself: form data in, ActionState out, through the same adapter
// the browser reaches. Only the request around the action is stood in for — who is signed
// in (next-auth's session cookie), the request headers and Next's cache — everything below
// it (session context, roles, commands, database) is the real thing.
const request = vi.hoisted(() => ({
  userId: null as string | null,
  revalidated: [] as string[],
}));

vi.mock("next-auth", () => ({
  // Test users start at session version 0 (lib/auth/session-context.ts).
  getServerSession: async () => (request.userId ? { userId: request.userId, sessionVersion: 0 } : null),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-keyward-client-ip": "198.51.100.4", "user-agent": "action-test" }),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => void request.revalidated.push(path),
}));

const {
  createTokenAction,
  deleteTokenAction,
  deleteTokenFromPageAction,
  revokeTokenAction,
  setApiAccessAction,
  setTokenEnabledAction,
  updateTokenAction,
} = await import("@/app/(console)/settings/technical/api/actions");
const { addMemberAction, changeMemberRoleAction, setInitialPasswordAction } =
  await import("@/app/(console)/settings/members/actions");
const { changePasswordAction } = await import("@/app/(console)/settings/account/actions");

function formOf(fields: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, String(item ?? ""));
  }
  return form;
}

const idle = { ok: false } as const;

let account: TestAccount;

beforeEach(async () => {
  account = await createTestAccount();
  request.revalidated = [];
  request.userId = account.actors.administrator.userId;
});

describe("token actions", () => {
  it("creates a token from the form and returns its secret once", async () => {
    const input = await tokenInput(account.actors.administrator, { name: "From the form" });
    const result = await createTokenAction(idle, formOf(input));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    issuedSecrets.push(result.data.secret);
    expect(result.data.name).toBe("From the form");
    expect(await verdict(result.data.secret)).toBe("ok");
    expect(request.revalidated).toEqual(["/settings/technical/api"]);
  });

  it("returns field errors for a bad form and changes nothing", async () => {
    const input = await tokenInput(account.actors.administrator, { name: "   ", scope: "everything" });
    const result = await createTokenAction(idle, formOf(input));

    expect(result.ok).toBe(false);
    expect(result.errors?.name?.length).toBeGreaterThan(0);
    expect(result.errors?.scope?.length).toBeGreaterThan(0);
    expect(await db().apiToken.count({ where: { accountId: account.accountId } })).toBe(0);
    expect(request.revalidated).toEqual([]);
  });

  it("refuses a signed-out request before anything runs", async () => {
    request.userId = null;
    const input = await tokenInput(account.actors.administrator);
    const result = await createTokenAction(idle, formOf(input));

    expect(result).toMatchObject({ ok: false, message: NOT_SIGNED_IN });
    expect(await db().apiToken.count({ where: { accountId: account.accountId } })).toBe(0);
  });

  it("refuses support staff through the action, whatever the form says", async () => {
    const token = await issueToken(account.actors.administrator);
    request.userId = account.actors.support_staff.userId;

    const revoked = await revokeTokenAction(idle, formOf({ tokenId: token.tokenId }));
    const disabled = await setTokenEnabledAction(token.tokenId, false);

    expect(revoked).toMatchObject({ ok: false, message: NOT_ALLOWED });
    expect(disabled).toMatchObject({ ok: false, message: NOT_ALLOWED });
    expect(await verdict(token.secret)).toBe("ok");
  });

  it("edits, disables and deletes through the actions, each revalidating the page", async () => {
    const token = await issueToken(account.actors.administrator);
    const edit = await tokenInput(account.actors.administrator, { name: "Renamed", tokenId: token.tokenId });

    expect((await updateTokenAction(idle, formOf(edit))).ok).toBe(true);
    expect((await setTokenEnabledAction(token.tokenId, false)).ok).toBe(true);
    expect(await verdict(token.secret)).toBe("disabled");
    expect((await deleteTokenAction(idle, formOf({ tokenId: token.tokenId }))).ok).toBe(true);

    expect(await db().apiToken.count({ where: { id: token.tokenId } })).toBe(0);
    expect(request.revalidated).toHaveLength(3);
  });

  it("answers another account's token as not found", async () => {
    const other = await createTestAccount();
    const theirs = await issueToken(other.actors.administrator);

    const result = await revokeTokenAction(idle, formOf({ tokenId: theirs.tokenId }));

    expect(result.ok).toBe(false);
    expect(result.message).not.toBe(NOT_ALLOWED);
    expect(await verdict(theirs.secret)).toBe("ok");
  });
});

describe("delete from the token's page", () => {
  it("deletes without refreshing the page (its token is gone), for managers of this account only", async () => {
    const token = await issueToken(account.actors.administrator);
    const other = await createTestAccount();
    const theirs = await issueToken(other.actors.administrator);

    const foreign = await deleteTokenFromPageAction(idle, formOf({ tokenId: theirs.tokenId }));
    expect(foreign.ok).toBe(false);
    expect(foreign.message).toBe(NOT_FOUND_MESSAGE);
    expect(await verdict(theirs.secret)).toBe("ok");

    request.userId = account.actors.support_staff.userId;
    const support = await deleteTokenFromPageAction(idle, formOf({ tokenId: token.tokenId }));
    expect(support.message).toBe(NOT_ALLOWED);
    expect(await deleteTokenFromPageAction(idle, "not a form")).toEqual(fail(INVALID_FORM));

    request.userId = account.actors.implementation_specialist.userId;
    expect((await deleteTokenFromPageAction(idle, formOf({ tokenId: token.tokenId }))).ok).toBe(true);
    expect(await db().apiToken.count({ where: { id: token.tokenId } })).toBe(0);
    expect(request.revalidated).toEqual([]);
  });
});

describe("account and member actions", () => {
  it("switches API access off for the signed-in administrator's account only", async () => {
    const other = await createTestAccount();

    expect((await setApiAccessAction(false)).ok).toBe(true);

    const [mine, theirs] = await Promise.all([
      db().account.findUniqueOrThrow({ where: { id: account.accountId } }),
      db().account.findUniqueOrThrow({ where: { id: other.accountId } }),
    ]);
    expect(mine.apiAccessEnabled).toBe(false);
    expect(theirs.apiAccessEnabled).toBe(true);
  });

  it("adds a member from the form and changes their role", async () => {
    const email = uniqueEmail("form");
    const added = await addMemberAction(
      idle,
      formOf({ name: "Form Person", email, role: "support_staff", password: MEMBER_PASSWORD }),
    );
    expect(added.ok).toBe(true);
    const user = await db().user.findUniqueOrThrow({ where: { email } });

    const changed = await changeMemberRoleAction(
      idle,
      formOf({ userId: user.id, role: "implementation_specialist" }),
    );

    expect(changed.ok).toBe(true);
    const membership = await db().membership.findUniqueOrThrow({
      where: { accountId_userId: { accountId: account.accountId, userId: user.id } },
    });
    expect(membership.role).toBe("implementation_specialist");
    expect(request.revalidated).toEqual(["/settings", "/settings"]);
  });

  it("refuses member management to an implementation specialist", async () => {
    request.userId = account.actors.implementation_specialist.userId;
    const email = uniqueEmail("refused");

    const result = await addMemberAction(
      idle,
      formOf({ name: "Nope", email, role: "administrator", password: MEMBER_PASSWORD }),
    );

    expect(result).toMatchObject({ ok: false, message: NOT_ALLOWED });
    expect(await db().user.count({ where: { email } })).toBe(0);
  });
});

// A server action is a public endpoint: a client can encode anything as its "form". Every
// form action goes through the one adapter, which refuses what is not a form before any
// command runs. Set initial password and Change password read the form unchecked before the
// adapter existed: a string threw, and the server answered 500.
describe("arguments that are not a form", () => {
  const garbage = [undefined, null, "name=x", 42, ["x"], { name: "x" }];
  const refusal = { ok: false, message: INVALID_FORM, errors: undefined };

  it.each(garbage)("create refuses %j with a message and stores nothing", async (value) => {
    expect(await createTokenAction(idle, value)).toEqual(refusal);
    expect(await db().apiToken.count({ where: { accountId: account.accountId } })).toBe(0);
    expect(request.revalidated).toEqual([]);
  });

  it.each(garbage)("set initial password refuses %j and changes no password", async (value) => {
    const member = await db().user.findUniqueOrThrow({ where: { id: account.actors.member.userId } });

    expect(await setInitialPasswordAction(idle, value)).toEqual(refusal);

    expect(await db().user.findUniqueOrThrow({ where: { id: member.id } })).toEqual(member);
  });

  it.each(garbage)("change password refuses %j and changes no password", async (value) => {
    const admin = await db().user.findUniqueOrThrow({ where: { id: account.actors.administrator.userId } });

    expect(await changePasswordAction(idle, value)).toEqual(refusal);

    expect(await db().user.findUniqueOrThrow({ where: { id: admin.id } })).toEqual(admin);
  });
});
