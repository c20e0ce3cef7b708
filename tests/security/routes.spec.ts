import { expect, test } from "@playwright/test";
import { fixtures, type Fixtures } from "./support/fixtures";
import { attack, hostileTest, type Expectation } from "./support/hostile-case";
import { send, type RawRequest } from "./support/raw-http";
import { SECURITY_BASE_URL } from "./support/security-env";
import { csrfPair } from "./support/sign-in";

// Hostile requests to the route handlers: next-auth's /api/auth/* and the audit CSV export.
type Case = {
  name: string;
  request: (f: Fixtures) => Promise<RawRequest> | RawRequest;
  expect: Expectation;
  fixme?: string;
};

const CALLBACK = "/api/auth/callback/credentials";
const EXPORT = "/settings/technical/api/audit/export";
const FORM = "application/x-www-form-urlencoded";
// A failed sign-in is counted (growing delays): that row is the one write a refusal may make.
const signInRefused = (status: number | number[] = [200, 302, 401]): Expectation => ({
  status,
  mayWrite: ["LoginThrottle"],
});

// A credentials post as the login form makes it, with a fresh CSRF pair, and hostile fields.
async function credentials(fields: string, headers: Record<string, string> = {}): Promise<RawRequest> {
  const { csrfToken, cookie } = await csrfPair();
  return {
    method: "POST",
    path: CALLBACK,
    headers: { "Content-Type": FORM, Origin: SECURITY_BASE_URL, Cookie: cookie, ...headers },
    body: `csrfToken=${encodeURIComponent(csrfToken)}&json=true&${fields}`,
  };
}
const exportAs = (
  f: Fixtures,
  query: string,
  role: keyof Fixtures["sessions"] = "support_staff",
): RawRequest => ({
  path: `${EXPORT}${query}`,
  headers: { Cookie: f.sessions[role].cookie },
});
const csv: Expectation = { status: 200, says: "When" };

const cases: Case[] = [
  // Sign-in callback.
  {
    name: "sign-in: email of 10,000 characters",
    request: () => credentials(`email=${"a".repeat(10_000)}%40e2e.test&password=x`),
    expect: signInRefused(),
  },
  {
    name: "sign-in: password of 100 KB",
    request: () => credentials(`email=nobody%40e2e.test&password=${"p".repeat(100_000)}`),
    // Over the auth routes' 16 KiB cap: refused before next-auth reads it.
    expect: { status: 413 },
  },
  {
    name: "sign-in: email sent twice (array)",
    request: () => credentials("email=admin%40e2e.test&email=nobody%40e2e.test&password=wrong-password"),
    expect: signInRefused(),
  },
  {
    name: "sign-in: email with NUL and a bidi override",
    request: () => credentials("email=adm%00in%E2%80%AE%40e2e.test&password=x"),
    expect: signInRefused(),
  },
  {
    name: "sign-in: email with SQL",
    request: () => credentials("email=%27%20OR%201%3D1%20--&password=%27%20OR%20%271%27%3D%271"),
    expect: signInRefused(),
  },
  {
    name: "sign-in: lone surrogate bytes in the password",
    request: () => credentials("email=nobody%40e2e.test&password=%ED%A0%80"),
    expect: signInRefused(),
  },
  {
    name: "sign-in: JSON body",
    request: async () => ({
      ...(await credentials("")),
      headers: { "Content-Type": "application/json", Origin: SECURITY_BASE_URL },
      body: '{"email":"admin@e2e.test","password":["x"]}',
    }),
    expect: signInRefused([200, 302, 400, 401, 415]),
  },
  {
    name: "sign-in: no CSRF token",
    request: () => ({
      method: "POST",
      path: CALLBACK,
      headers: { "Content-Type": FORM, Origin: SECURITY_BASE_URL },
      body: "email=admin%40e2e.test&password=e2e-password-123",
    }),
    expect: { status: [302, 400, 403] },
  },
  {
    name: "sign-in: cross-origin post",
    request: () => credentials("email=admin%40e2e.test&password=x", { Origin: "http://127.0.0.1:9" }),
    expect: { status: 403 },
  },
  {
    name: "sign-in: 200 KB body",
    request: () => credentials(`email=nobody%40e2e.test&password=x&pad=${"z".repeat(200_000)}`),
    expect: { status: 413 },
  },
  // The rest of next-auth.
  {
    name: "session: forged session cookie",
    request: () => ({
      path: "/api/auth/session",
      headers: { Cookie: "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.BBBB.CCCC" },
    }),
    // No session: an empty object, as for a visitor who never signed in.
    expect: { status: 200, check: (res) => expect(res.body.trim()).toBe("{}") },
  },
  {
    name: "sign-out: post without a CSRF token",
    request: (f) => ({
      method: "POST",
      path: "/api/auth/signout",
      headers: { "Content-Type": FORM, Origin: SECURITY_BASE_URL, Cookie: f.sessions.member.cookie },
      body: "json=true",
    }),
    expect: { status: [200, 302, 400, 403] },
  },
  {
    name: "auth: unknown provider's callback",
    request: () => ({ path: "/api/auth/callback/evil?code=x&state=y" }),
    expect: { status: [302, 400, 404] },
  },
  {
    name: "auth: path traversal",
    request: () => ({ path: "/api/auth/..%2f..%2f..%2fetc%2fpasswd" }),
    expect: { status: [302, 400, 404] },
  },
  {
    name: "auth: sign-in page with a javascript: callbackUrl",
    request: () => ({ path: "/api/auth/signin?callbackUrl=javascript%3Aalert(1)" }),
    expect: { status: [200, 302] },
  },
  {
    name: "auth: DELETE on the session route",
    request: () => ({ method: "DELETE", path: "/api/auth/session" }),
    expect: { status: [400, 404, 405] },
  },
  // Audit CSV export.
  { name: "export: signed out", request: () => ({ path: EXPORT }), expect: { status: 401 } },
  { name: "export: member role", request: (f) => exportAs(f, "", "member"), expect: { status: 403 } },
  {
    name: "export: forged session cookie",
    request: () => ({ path: EXPORT, headers: { Cookie: "next-auth.session-token=x" } }),
    expect: { status: 401 },
  },
  {
    name: "export: session of a deactivated member",
    request: (f) => exportAs(f, "", "deactivated"),
    expect: { status: 401 },
  },
  {
    name: "export: another account's administrator with a forged account cookie",
    request: (f) => ({
      path: EXPORT,
      headers: { Cookie: `${f.sessions.otherAdministrator.cookie}; kw_account=${f.accountId}` },
    }),
    // Their own account's log: never a line about this account's tokens.
    expect: { ...csv, check: (res) => expect(res.body).not.toContain("security target") },
  },
  {
    name: "export: sort with SQL",
    request: (f) => exportAs(f, `?sort=${encodeURIComponent('when"; DROP TABLE "AuditEvent"; --')}`),
    expect: csv,
  },
  {
    name: "export: impossible dates",
    request: (f) => exportAs(f, "?from=9999-99-99&to=0000-00-00"),
    expect: csv,
  },
  { name: "export: page 1e309 and -1", request: (f) => exportAs(f, "?page=1e309&page=-1"), expect: csv },
  {
    name: "export: action sent twice",
    request: (f) => exportAs(f, "?action=token.created&action=%27%20OR%201%3D1"),
    expect: csv,
  },
  {
    name: "export: another account's token id",
    request: (f) => exportAs(f, `?token=${f.otherToken.id}`),
    expect: csv,
  },
  {
    name: "export: token name of 8,000 characters",
    request: (f) => exportAs(f, `?tokenName=${"%25".repeat(2000)}${"_".repeat(2000)}`),
    expect: csv,
  },
  {
    name: "export: actor with NUL, bidi and zero-width",
    request: (f) => exportAs(f, "?actor=%00%E2%80%AE%E2%80%8Badmin"),
    expect: csv,
  },
  {
    name: "export: token as a path",
    request: (f) => exportAs(f, "?token=..%2F..%2F..%2Fetc%2Fpasswd"),
    expect: csv,
  },
  {
    name: "export: POST",
    request: (f) => ({
      method: "POST",
      path: EXPORT,
      headers: { Cookie: f.sessions.support_staff.cookie, Origin: SECURITY_BASE_URL, "Content-Type": FORM },
      body: "x=1",
    }),
    expect: { status: [404, 405] },
  },
];

test.describe("route handlers under hostile input", () => {
  for (const c of cases) {
    const body = async () => {
      const request = await c.request(fixtures());
      await attack(c.name, () => send(request), c.expect);
    };
    hostileTest(c.name, c.fixme, body);
  }
});
