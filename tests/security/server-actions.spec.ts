import { expect, test } from "@playwright/test";
import { CHECK_FIELDS, INVALID_FORM, NOT_FOUND_MESSAGE } from "@/lib/commands/result";
import { NOT_ALLOWED, NOT_SIGNED_IN } from "@/lib/auth/messages";
import { LANGUAGE_MESSAGES } from "@/lib/auth/commands/messages";
import { MEMBER_MESSAGES } from "@/lib/members/messages";
import { TOKEN_FIELD_MESSAGES as M } from "@/lib/tokens/messages";
import { fixtures, type Fixtures } from "./support/fixtures";
import { attack, hostileTest, type Expectation } from "./support/hostile-case";
import type { RawResponse } from "./support/raw-http";
import {
  API_ACTIONS,
  MEMBER_ACTIONS,
  SWITCH_ACTIONS,
  form,
  postAction,
  type ActionPost,
  type ActionRef,
} from "./support/server-actions";

// Hostile inputs to every server action, POSTed the way Next.js's client posts them. Each is
// refused with a clear answer and changes no row.
const API_PAGE = "/settings/technical/api";
const api = (name: string): ActionRef => ({ file: API_ACTIONS, name, page: API_PAGE });
const members = (name: string): ActionRef => ({ file: MEMBER_ACTIONS, name, page: "/settings/members" });

const create = api("createTokenAction");
const update = api("updateTokenAction");
const duplicate = api("duplicateTokenAction");
const reset = api("resetTokenAction");
const version = api("updateTokenVersionAction");
const setEnabled = api("setTokenEnabledAction");
const revoke = api("revokeTokenAction");
const remove = api("deleteTokenAction");
const removeFromPage = api("deleteTokenFromPageAction");
const apiAccess = api("setApiAccessAction");
const switchAccount: ActionRef = { file: SWITCH_ACTIONS, name: "switchAccount", page: API_PAGE };
const addMember = members("addMemberAction");
const changeRole = members("changeMemberRoleAction");
const deactivate = members("deactivateMemberAction");
const reactivate = members("reactivateMemberAction");
const language: ActionRef = {
  file: "app/(console)/settings/account/actions.ts",
  name: "setLanguageAction",
  page: "/settings/account/password",
};

type Role = keyof Fixtures["sessions"];
type Case = {
  name: string;
  action: ActionRef;
  as?: Role | "nobody";
  post: (f: Fixtures) => Omit<ActionPost, "session">;
  expect: Expectation;
  // The part of issue 12 that fixes a failure this case finds, outside this part's files.
  fixme?: string;
};

// Next.js decodes an action's body before any action code runs and answers a body it cannot
// decode with a 500; only the request front door (scripts/start.ts) can refuse it first.

let counter = 0;
// A complete, valid creation form; each case spoils one thing. The name is unique so a
// wrongly accepted input shows up as one new row, not as a name clash.
function tokenForm(f: Fixtures, spoil: Record<string, string | string[] | Blob> = {}): FormData {
  counter += 1;
  return form({
    name: `hostile ${counter} ${Date.now()}`,
    description: "",
    scope: "read",
    sectionIds: [f.sectionIds[0] ?? ""],
    apiVersionId: f.versionId,
    expiration: "30d",
    customDate: "",
    ownerId: f.adminUserId,
    allowedIpRanges: "",
    technicalContact: "",
    ...spoil,
  });
}
const state = { ok: false };
const fieldError = (message: string): Expectation => ({ status: 200, says: message });
const refusedRole: Expectation = { status: 200, says: NOT_ALLOWED };
const notFound: Expectation = { status: 200, says: NOT_FOUND_MESSAGE };
const memberNotFound: Expectation = { status: 200, says: MEMBER_MESSAGES.notFound };
const unreadable: Expectation = { status: 200, says: INVALID_FORM };
// The switch answers nothing either way; a refusal is seen in what it does not do: set the
// account cookie (lib/auth/session.ts, a server-only module the suite cannot import).
const ACCOUNT_COOKIE = "kw_account";
const staysInAccount: Expectation = {
  status: 200,
  check: (res) => expect(res.setCookies.join("\n")).not.toContain(ACCOUNT_COOKIE),
};
const withForm = (build: (f: Fixtures) => FormData) => (f: Fixtures) => ({ args: [state, build(f)] });
const raw = (body: string | Buffer, contentType: string) => () => ({ raw: { body, contentType } });

// A multipart body written by hand, so a field can carry bytes no browser sends.
function multipart(fields: [string, Buffer | string][]): { body: Buffer; contentType: string } {
  const boundary = "----keywardhostile";
  const parts = fields.map(([name, value]) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
      Buffer.isBuffer(value) ? value : Buffer.from(value),
      Buffer.from("\r\n"),
    ]),
  );
  return {
    body: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$undefined","$K1"]\r\n`,
      ),
      ...parts,
      Buffer.from(`--${boundary}--\r\n`),
    ]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

const cases: Case[] = [
  // Create: every field, wrong in every way a form can be.
  {
    name: "create: name of 10,000 characters",
    action: create,
    post: withForm((f) => tokenForm(f, { name: "x".repeat(10_000) })),
    expect: fieldError(M.nameTooLong),
  },
  {
    name: "create: name with a NUL byte",
    action: create,
    post: withForm((f) => tokenForm(f, { name: "billing\u0000robot" })),
    expect: fieldError(M.nameControlCharacters),
  },
  {
    name: "create: name with a line break that would fake a CSV row",
    action: create,
    post: withForm((f) => tokenForm(f, { name: 'a"\r\n2026-01-01,admin,token.deleted' })),
    expect: fieldError(M.nameControlCharacters),
  },
  {
    name: "create: name of one letter and 5,000 combining accents",
    action: create,
    post: withForm((f) => tokenForm(f, { name: `a${"\u0301".repeat(5000)}` })),
    expect: fieldError(M.nameTooLong),
  },
  {
    name: "create: name with a right-to-left override",
    action: create,
    post: withForm((f) => tokenForm(f, { name: "invoice\u202Efdp.exe" })),
    expect: { status: 200, says: CHECK_FIELDS },
  },
  {
    name: "create: name of only a zero-width space",
    action: create,
    post: withForm((f) => tokenForm(f, { name: "\u200B" })),
    expect: { status: 200, says: CHECK_FIELDS },
  },
  {
    name: "create: name as a file upload",
    action: create,
    post: withForm((f) => tokenForm(f, { name: new Blob(["evil"], { type: "text/html" }) })),
    expect: fieldError(M.nameRequired),
  },
  {
    name: "create: name missing",
    action: create,
    post: withForm((f) => {
      const data = tokenForm(f);
      data.delete("name");
      return data;
    }),
    expect: fieldError(M.nameRequired),
  },
  {
    name: "create: name in invalid UTF-8 (a lone surrogate's bytes), sections missing",
    action: create,
    post: () => ({ raw: multipart([["1_name", Buffer.from([0x61, 0xed, 0xa0, 0x80])]]) }),
    expect: fieldError(M.sectionsRequired),
  },
  {
    name: "create: description of 600 characters",
    action: create,
    post: withForm((f) => tokenForm(f, { description: "d".repeat(600) })),
    expect: fieldError(M.descriptionTooLong),
  },
  {
    name: "create: scope 'admin'",
    action: create,
    post: withForm((f) => tokenForm(f, { scope: "admin" })),
    expect: fieldError(M.scopeRequired),
  },
  {
    name: "create: section id with SQL",
    action: create,
    post: withForm((f) => tokenForm(f, { sectionIds: ["' OR '1'='1' --"] })),
    expect: fieldError(M.sectionsInvalid),
  },
  {
    name: "create: 300 section ids",
    action: create,
    post: withForm((f) => tokenForm(f, { sectionIds: Array.from({ length: 300 }, (_, i) => `s${i}`) })),
    expect: fieldError(M.sectionsInvalid),
  },
  {
    name: "create: API version as a path",
    action: create,
    post: withForm((f) => tokenForm(f, { apiVersionId: "../../../../etc/passwd" })),
    expect: fieldError(M.versionUnknown),
  },
  {
    name: "create: owner from another account",
    action: create,
    post: withForm((f) => tokenForm(f, { ownerId: f.otherAdminUserId })),
    expect: fieldError(M.ownerUnknown),
  },
  {
    name: "create: owner id with SQL",
    action: create,
    post: withForm((f) => tokenForm(f, { ownerId: `1"; DROP TABLE "ApiToken"; --` })),
    expect: fieldError(M.ownerUnknown),
  },
  {
    name: "create: specialist asks for no expiration",
    action: create,
    as: "implementation_specialist",
    post: withForm((f) => tokenForm(f, { expiration: "never", ownerId: f.specialistUserId })),
    expect: fieldError(M.noExpirationAdminOnly),
  },
  {
    name: "create: specialist picks year 9999",
    action: create,
    as: "implementation_specialist",
    post: withForm((f) =>
      tokenForm(f, { expiration: "custom", customDate: "9999-12-31", ownerId: f.specialistUserId }),
    ),
    expect: { status: 200, says: CHECK_FIELDS },
  },
  {
    name: "create: custom date 30 February",
    action: create,
    post: withForm((f) => tokenForm(f, { expiration: "custom", customDate: "2030-02-30" })),
    expect: fieldError(M.customDateRequired),
  },
  {
    name: "create: custom date with a six-digit year",
    action: create,
    post: withForm((f) => tokenForm(f, { expiration: "custom", customDate: "+275760-09-13" })),
    expect: fieldError(M.customDateRequired),
  },
  {
    name: "create: 12,000 characters of IP ranges",
    action: create,
    post: withForm((f) => tokenForm(f, { allowedIpRanges: "10.0.0.0/8,".repeat(1100) })),
    expect: fieldError(M.allowedIpsTooLong),
  },
  {
    name: "create: IP ranges with a zone id and a /33",
    action: create,
    post: withForm((f) => tokenForm(f, { allowedIpRanges: "fe80::1%eth0, 300.1.1.1/33" })),
    expect: fieldError(M.allowedIpsInvalid(["fe80::1%eth0", "300.1.1.1/33"])),
  },
  {
    name: "create: contact with a header injection",
    action: create,
    post: withForm((f) => tokenForm(f, { technicalContact: "ops@example.com\r\nBcc: all@example.com" })),
    expect: fieldError(M.contactInvalid),
  },
  {
    name: "create: expiration sent twice, bad value first",
    action: create,
    post: withForm((f) => tokenForm(f, { expiration: ["forever", "30d"] })),
    expect: fieldError(M.expirationRequired),
  },
  // Create: bodies that are not a form at all.
  { name: "create: no arguments", action: create, post: () => ({ args: [] }), expect: unreadable },
  {
    name: "create: a plain object instead of the form",
    action: create,
    post: (f) => ({ args: [state, { name: "x", sectionIds: f.sectionIds }] }),
    expect: unreadable,
  },
  {
    name: "create: a string instead of the form",
    action: create,
    post: () => ({ args: [state, "name=x&scope=read"] }),
    expect: unreadable,
  },
  {
    name: "create: a number instead of the form",
    action: create,
    post: () => ({ args: [state, 42] }),
    expect: unreadable,
  },
  {
    name: "create: body that is not JSON",
    action: create,
    post: raw("{not json", "text/plain;charset=UTF-8"),
    expect: { status: 400 },
  },
  {
    name: "create: Flight reference to a part that does not exist",
    action: create,
    post: raw('["$undefined","$K9"]', "text/plain;charset=UTF-8"),
    expect: { status: 200, says: CHECK_FIELDS },
  },
  {
    name: "create: multipart body labelled application/json",
    action: create,
    post: () => ({ raw: { ...multipart([["1_name", "x"]]), contentType: "application/json" } }),
    expect: { status: [400, 415] },
  },
  {
    name: "create: no Content-Type",
    action: create,
    post: (f) => ({ args: [state, tokenForm(f)], headers: { "Content-Type": "" } }),
    expect: { status: [400, 415] },
  },
  {
    name: "create: url-encoded body without the form's action fields",
    action: create,
    post: raw("name=x&scope=read", "application/x-www-form-urlencoded"),
    // Next.js cannot decode an action from this encoding; the front door says so.
    expect: { status: 415 },
  },
  {
    name: "create: 300 KB body",
    action: create,
    post: (f) => ({ args: [state, tokenForm(f, { description: "d".repeat(300_000) })] }),
    expect: { status: 413 },
  },
  // Create: wrong people, wrong origins.
  {
    name: "create: support staff",
    action: create,
    as: "support_staff",
    post: withForm((f) => tokenForm(f)),
    expect: refusedRole,
  },
  {
    name: "create: member",
    action: create,
    as: "member",
    post: withForm((f) => tokenForm(f)),
    expect: refusedRole,
  },
  {
    name: "create: signed out",
    action: create,
    as: "nobody",
    post: withForm((f) => tokenForm(f)),
    expect: { status: 200, says: NOT_SIGNED_IN },
  },
  {
    name: "create: forged session cookie",
    action: create,
    as: "nobody",
    post: (f) => ({
      args: [state, tokenForm(f)],
      headers: { Cookie: "next-auth.session-token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9." },
    }),
    expect: { status: 200, says: NOT_SIGNED_IN },
  },
  {
    name: "create: session of a deactivated member",
    action: create,
    as: "deactivated",
    post: withForm((f) => tokenForm(f)),
    expect: { status: 200, says: NOT_SIGNED_IN },
  },
  {
    name: "create: unknown action id",
    action: create,
    post: (f) => ({ args: [state, tokenForm(f)], id: "7f".padEnd(42, "0") }),
    expect: { status: [404, 409] },
  },
  {
    name: "create: cross-origin post",
    action: create,
    post: (f) => ({ args: [state, tokenForm(f)], headers: { Origin: "https://evil.example" } }),
    expect: { status: 403 },
  },
  {
    name: "create: cross-site fetch metadata",
    action: create,
    post: (f) => ({ args: [state, tokenForm(f)], headers: { "Sec-Fetch-Site": "cross-site" } }),
    expect: { status: 403 },
  },
  {
    name: "create: origin 'null' (sandboxed frame)",
    action: create,
    post: (f) => ({ args: [state, tokenForm(f)], headers: { Origin: "null" } }),
    expect: { status: 403 },
  },

  // Edit.
  {
    name: "edit: another account's token",
    action: update,
    post: withForm((f) => tokenForm(f, { tokenId: f.otherToken.id, expiration: "keep" })),
    expect: notFound,
  },
  {
    name: "edit: token id sent twice, another account's first",
    action: update,
    post: withForm((f) => tokenForm(f, { tokenId: [f.otherToken.id, f.token.id], expiration: "keep" })),
    expect: notFound,
  },
  {
    name: "edit: token id of 70 characters",
    action: update,
    post: withForm((f) => tokenForm(f, { tokenId: "c".repeat(70), expiration: "keep" })),
    expect: notFound,
  },
  {
    name: "edit: support staff",
    action: update,
    as: "support_staff",
    post: withForm((f) => tokenForm(f, { tokenId: f.token.id, expiration: "keep" })),
    expect: refusedRole,
  },
  { name: "edit: no form", action: update, post: () => ({ args: [state] }), expect: unreadable },

  // Duplicate.
  {
    name: "duplicate: another account's token",
    action: duplicate,
    post: withForm((f) => form({ tokenId: f.otherToken.id, name: "stolen copy" })),
    expect: notFound,
  },
  {
    name: "duplicate: name of 101 characters",
    action: duplicate,
    post: withForm((f) => form({ tokenId: f.token.id, name: "n".repeat(101) })),
    expect: fieldError(M.nameTooLong),
  },
  {
    name: "duplicate: token id as a relative path",
    action: duplicate,
    post: withForm((f) => form({ tokenId: `../tokens/${f.token.id}`, name: "copy" })),
    expect: notFound,
  },
  {
    name: "duplicate: specialist copies a never-expiring token",
    action: duplicate,
    as: "implementation_specialist",
    post: withForm((f) => form({ tokenId: f.neverExpiring.id, name: `${f.neverExpiring.name} (copy)` })),
    expect: { status: 200, says: CHECK_FIELDS },
  },
  {
    name: "duplicate: an array instead of the form",
    action: duplicate,
    post: (f) => ({ args: [state, [f.token.id]] }),
    expect: unreadable,
  },

  // Reset.
  {
    name: "reset: grace 'forever'",
    action: reset,
    post: withForm((f) => form({ tokenId: f.token.id, grace: "forever" })),
    expect: fieldError("Choose how long the old secret stays valid"),
  },
  {
    name: "reset: grace sent twice, bad value first",
    action: reset,
    post: withForm((f) => form({ tokenId: f.token.id, grace: ["forever", "7d"] })),
    expect: fieldError("Choose how long the old secret stays valid"),
  },
  {
    name: "reset: another account's token",
    action: reset,
    post: withForm((f) => form({ tokenId: f.otherToken.id })),
    expect: notFound,
  },
  {
    name: "reset: member",
    action: reset,
    as: "member",
    post: withForm((f) => form({ tokenId: f.token.id })),
    expect: refusedRole,
  },

  // Update version.
  {
    name: "update version: version id with SQL",
    action: version,
    post: withForm((f) => form({ tokenId: f.token.id, apiVersionId: "' OR 1=1 --" })),
    expect: fieldError(M.versionUnknown),
  },
  {
    name: "update version: another account's token",
    action: version,
    post: withForm((f) => form({ tokenId: f.otherToken.id, apiVersionId: f.versionId })),
    expect: notFound,
  },
  {
    name: "update version: version missing",
    action: version,
    post: withForm((f) => form({ tokenId: f.token.id })),
    expect: fieldError(M.versionRequired),
  },

  // Disable / enable (arguments, not a form).
  {
    name: "disable: 'false' as a string",
    action: setEnabled,
    post: (f) => ({ args: [f.token.id, "false"] }),
    expect: fieldError("Choose whether to enable or disable the token."),
  },
  {
    name: "disable: token id as an array",
    action: setEnabled,
    post: (f) => ({ args: [[f.token.id], false] }),
    expect: notFound,
  },
  {
    name: "disable: token id as a query object",
    action: setEnabled,
    post: () => ({ args: [{ not: "" }, false] }),
    expect: notFound,
  },
  {
    name: "disable: token id with a lone surrogate",
    action: setEnabled,
    post: () => ({ args: ["\uD800", false] }),
    expect: notFound,
  },
  {
    name: "disable: another account's token",
    action: setEnabled,
    post: (f) => ({ args: [f.otherToken.id, false] }),
    expect: notFound,
  },
  {
    name: "disable: support staff",
    action: setEnabled,
    as: "support_staff",
    post: (f) => ({ args: [f.token.id, false] }),
    expect: refusedRole,
  },
  {
    name: "disable: Flight promise reference as the token id",
    action: setEnabled,
    post: raw('["$@9",false]', "text/plain;charset=UTF-8"),
    expect: notFound,
  },

  // Revoke and delete.
  {
    name: "revoke: another account's token",
    action: revoke,
    post: withForm((f) => form({ tokenId: f.otherToken.id })),
    expect: notFound,
  },
  {
    name: "revoke: support staff",
    action: revoke,
    as: "support_staff",
    post: withForm((f) => form({ tokenId: f.token.id })),
    expect: refusedRole,
  },
  {
    name: "revoke: a number instead of the form",
    action: revoke,
    post: () => ({ args: [state, 1] }),
    expect: unreadable,
  },
  {
    name: "delete: another account's token",
    action: remove,
    post: withForm((f) => form({ tokenId: f.otherToken.id })),
    expect: notFound,
  },
  {
    name: "delete: another account's administrator with a forged account cookie",
    action: remove,
    as: "otherAdministrator",
    post: (f) => ({
      args: [state, form({ tokenId: f.token.id })],
      headers: { Cookie: `${f.sessions.otherAdministrator.cookie}; kw_account=${f.accountId}` },
    }),
    expect: notFound,
  },
  {
    name: "disable: session of a deactivated member",
    action: setEnabled,
    as: "deactivated",
    post: (f) => ({ args: [f.token.id, false] }),
    expect: { status: 200, says: NOT_SIGNED_IN },
  },
  {
    name: "delete: member",
    action: remove,
    as: "member",
    post: withForm((f) => form({ tokenId: f.token.id })),
    expect: refusedRole,
  },
  {
    name: "delete: token id with a NUL byte",
    action: remove,
    post: withForm((f) => form({ tokenId: `${f.token.id}\u0000` })),
    expect: notFound,
  },
  {
    name: "delete: token id with SQL wildcards",
    action: remove,
    post: withForm(() => form({ tokenId: "%" })),
    expect: notFound,
  },
  {
    name: "delete from the token's page: another account's token",
    action: removeFromPage,
    post: withForm((f) => form({ tokenId: f.otherToken.id })),
    expect: notFound,
  },
  {
    name: "delete from the token's page: member",
    action: removeFromPage,
    as: "member",
    post: withForm((f) => form({ tokenId: f.token.id })),
    expect: refusedRole,
  },
  {
    name: "delete from the token's page: a number instead of the form",
    action: removeFromPage,
    post: () => ({ args: [state, 1] }),
    expect: unreadable,
  },

  // API access switch.
  {
    name: "API access: 'off' as a string",
    action: apiAccess,
    post: () => ({ args: ["off"] }),
    expect: fieldError("Choose whether API access is on or off."),
  },
  {
    name: "API access: an object",
    action: apiAccess,
    post: () => ({ args: [{ enabled: false }] }),
    expect: fieldError("Choose whether API access is on or off."),
  },
  {
    name: "API access: no argument",
    action: apiAccess,
    post: () => ({ args: [] }),
    expect: fieldError("Choose whether API access is on or off."),
  },
  {
    name: "API access: support staff",
    action: apiAccess,
    as: "support_staff",
    post: () => ({ args: [false] }),
    expect: refusedRole,
  },

  // Account switch.
  {
    name: "account switch: an account the user is not in",
    action: switchAccount,
    post: (f) => ({ args: [f.otherAccountId] }),
    expect: staysInAccount,
  },
  {
    name: "account switch: an object",
    action: switchAccount,
    post: (f) => ({ args: [{ id: f.otherAccountId }] }),
    expect: staysInAccount,
  },
  {
    name: "account switch: 10,000 characters",
    action: switchAccount,
    post: () => ({ args: ["a".repeat(10_000)] }),
    expect: staysInAccount,
  },

  // Members.
  {
    name: "add member: email with a header injection",
    action: addMember,
    post: withForm(() =>
      form({
        name: "Eve",
        email: "eve@example.com\r\nBcc: all@example.com",
        role: "member",
        password: "long-enough-password",
      }),
    ),
    expect: fieldError(MEMBER_MESSAGES.emailInvalid),
  },
  {
    name: "add member: email with SQL",
    action: addMember,
    post: withForm(() =>
      form({ name: "Eve", email: "' OR 1=1 --", role: "member", password: "long-enough-password" }),
    ),
    expect: fieldError(MEMBER_MESSAGES.emailInvalid),
  },
  {
    name: "add member: role 'owner'",
    action: addMember,
    post: withForm(() =>
      form({ name: "Eve", email: "eve@example.com", role: "owner", password: "long-enough-password" }),
    ),
    expect: fieldError(MEMBER_MESSAGES.roleRequired),
  },
  {
    name: "add member: password of 5,000 characters",
    action: addMember,
    post: withForm(() =>
      form({ name: "Eve", email: "eve@example.com", role: "member", password: "p".repeat(5000) }),
    ),
    expect: fieldError(MEMBER_MESSAGES.passwordTooLong),
  },
  {
    name: "add member: name with a right-to-left override",
    action: addMember,
    post: withForm(() =>
      form({
        name: "\u202Enimda",
        email: "eve@example.com",
        role: "member",
        password: "long-enough-password",
      }),
    ),
    expect: { status: 200, says: CHECK_FIELDS },
  },
  {
    name: "add member: specialist makes an administrator",
    action: addMember,
    as: "implementation_specialist",
    post: withForm(() =>
      form({
        name: "Eve",
        email: "eve@example.com",
        role: "administrator",
        password: "long-enough-password",
      }),
    ),
    expect: refusedRole,
  },
  { name: "add member: no form", action: addMember, post: () => ({ args: [state] }), expect: unreadable },
  {
    name: "change role: another account's member",
    action: changeRole,
    post: withForm((f) => form({ userId: f.otherAdminUserId, role: "member" })),
    expect: memberNotFound,
  },
  {
    name: "change role: role 'superuser'",
    action: changeRole,
    post: withForm((f) => form({ userId: f.memberUserId, role: "superuser" })),
    expect: fieldError(MEMBER_MESSAGES.roleRequired),
  },
  {
    name: "change role: the last administrator demotes themself",
    action: changeRole,
    post: withForm((f) => form({ userId: f.adminUserId, role: "member" })),
    expect: fieldError(MEMBER_MESSAGES.lastAdministrator),
  },
  {
    name: "change role: support staff promotes themself",
    action: changeRole,
    as: "support_staff",
    post: withForm((f) => form({ userId: f.supportUserId, role: "administrator" })),
    expect: refusedRole,
  },
  {
    name: "deactivate: another account's member",
    action: deactivate,
    post: withForm((f) => form({ userId: f.otherAdminUserId })),
    expect: memberNotFound,
  },
  {
    name: "deactivate: the last administrator",
    action: deactivate,
    post: withForm((f) => form({ userId: f.adminUserId })),
    expect: fieldError(MEMBER_MESSAGES.lastAdministrator),
  },
  {
    name: "deactivate: a string instead of the form",
    action: deactivate,
    post: (f) => ({ args: [state, f.memberUserId] }),
    expect: unreadable,
  },
  {
    name: "reactivate: an object",
    action: reactivate,
    post: (f) => ({ args: [{ userId: f.memberUserId }] }),
    expect: memberNotFound,
  },
  {
    name: "reactivate: another account's member",
    action: reactivate,
    post: (f) => ({ args: [f.otherAdminUserId] }),
    expect: memberNotFound,
  },
  {
    name: "reactivate: specialist",
    action: reactivate,
    as: "implementation_specialist",
    post: (f) => ({ args: [f.memberUserId] }),
    expect: refusedRole,
  },
  {
    name: "language: one the console does not speak",
    action: language,
    as: "member",
    post: () => ({ args: ["de"] }),
    expect: fieldError(LANGUAGE_MESSAGES.invalid),
  },
  {
    name: "language: an object instead of a language",
    action: language,
    post: () => ({ args: [{ locale: "fr" }] }),
    expect: fieldError(LANGUAGE_MESSAGES.invalid),
  },
  {
    name: "language: a list of languages",
    action: language,
    post: () => ({ args: [["fr", "es"]] }),
    expect: fieldError(LANGUAGE_MESSAGES.invalid),
  },
  {
    name: "language: 50,000 characters",
    action: language,
    post: () => ({ args: ["fr".repeat(25_000)] }),
    expect: fieldError(LANGUAGE_MESSAGES.invalid),
  },
  {
    name: "language: no session",
    action: language,
    as: "nobody",
    post: () => ({ args: ["fr"] }),
    expect: { status: 200, says: NOT_SIGNED_IN },
  },
];

async function run(c: Case): Promise<RawResponse> {
  const f = fixtures();
  const session = c.as === "nobody" ? undefined : f.sessions[c.as ?? "administrator"];
  return postAction(c.action, { ...c.post(f), session });
}

test.describe("server actions under hostile input", () => {
  for (const c of cases) {
    hostileTest(c.name, c.fixme, async () => {
      await attack(c.name, () => run(c), c.expect);
    });
  }
});
