import { expect, test } from "@playwright/test";
import { fixtures, type Fixtures } from "./support/fixtures";
import { attack, hostileTest, type Expectation } from "./support/hostile-case";
import { send, type RawRequest } from "./support/raw-http";

// Hostile requests to the two verification endpoints gateways and resource servers call.
type Case = {
  name: string;
  request: (f: Fixtures) => RawRequest;
  expect: Expectation;
  fixme?: string;
};

const CHECK = "/api/v1/auth/check";
const INTROSPECT = "/api/v1/tokens/introspect";
const FORM = "application/x-www-form-urlencoded";
const GARBAGE = "kw_AAAAAAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
// A refused presentation: 401, or 429 once the guess limiter has seen enough of them.
const invalidToken: Expectation = { status: [401, 429], says: "invalid_token" };
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const check = (headers: RawRequest["headers"], query = ""): RawRequest => ({
  path: `${CHECK}${query}`,
  headers,
});
const introspect = (f: Fixtures, body: string | Buffer, contentType = FORM): RawRequest => ({
  method: "POST",
  path: INTROSPECT,
  headers: { ...bearer(f.token.secret), "Content-Type": contentType },
  body,
});
// lib/verification/responses.ts writes the required permissions into WWW-Authenticate as
// given: a CR LF or a non-Latin-1 character makes writeHead throw, answered as 503, and a
// quote closes scope="…" early and adds a parameter of the client's choosing.
const inactive: Expectation = { status: 200, says: '"active":false' };

const cases: Case[] = [
  // auth/check.
  { name: "check: no Authorization", request: () => check({}), expect: invalidToken },
  {
    name: "check: 'Bearer' and nothing",
    request: () => check({ Authorization: "Bearer " }),
    expect: invalidToken,
  },
  {
    name: "check: Basic credentials",
    request: () => check({ Authorization: "Basic YWRtaW46YWRtaW4=" }),
    expect: invalidToken,
  },
  {
    name: "check: the token in the URL instead of the header",
    request: (f) => check({}, `?access_token=${f.token.secret}`),
    expect: invalidToken,
  },
  {
    name: "check: token of 10 KB",
    request: () => check(bearer("kw_".padEnd(10_000, "A"))),
    expect: invalidToken,
  },
  { name: "check: token with SQL", request: () => check(bearer("kw_' OR '1'='1' --")), expect: invalidToken },
  {
    name: "check: token with Latin-1 bytes",
    request: () =>
      check({ Authorization: Buffer.from("Bearer kw_\u00e9\u00e8", "latin1").toString("latin1") }),
    expect: invalidToken,
  },
  {
    name: "check: two Authorization headers, garbage first",
    request: (f) => check({ Authorization: [`Bearer ${GARBAGE}`, `Bearer ${f.token.secret}`] }),
    expect: { status: [400, 401, 429] },
  },
  {
    name: "check: a valid token's checksum altered",
    request: (f) =>
      check(bearer(`${f.token.secret.slice(0, -1)}${f.token.secret.endsWith("A") ? "B" : "A"}`)),
    expect: invalidToken,
  },
  {
    name: "check: permission of 5,000 characters",
    request: (f) => check(bearer(f.token.secret), `?permission=${"a".repeat(5000)}:read`),
    expect: { status: [400, 403] },
  },
  {
    name: "check: permission as a path",
    request: (f) => check(bearer(f.token.secret), "?permission=..%2F..%2Fadmin:write"),
    expect: { status: [400, 403] },
  },
  {
    name: "check: permission with a quote",
    request: (f) => check(bearer(f.token.secret), "?permission=leads:write%22%2C%20error%3D%22none"),
    // The quote must not close the header's scope="…" and add a parameter of its own.
    expect: {
      status: [400, 403],
      check: (res) => expect(res.headers["www-authenticate"] ?? "").not.toContain('error="none'),
    },
  },
  {
    name: "check: permission with CR LF (header splitting)",
    request: (f) => check(bearer(f.token.secret), "?permission=leads%3Awrite%0D%0ASet-Cookie%3A%20x%3D1"),
    expect: { status: [400, 403] },
  },
  {
    name: "check: permission with bidi and zero-width",
    request: (f) => check(bearer(f.token.secret), "?permission=leads%E2%80%AE%E2%80%8B:write"),
    expect: { status: [400, 403] },
  },
  {
    name: "check: 300 permission parameters",
    request: (f) =>
      check(bearer(f.token.secret), `?${"permission=leads:read&".repeat(300)}permission=admin:write`),
    expect: { status: [400, 403] },
  },
  // Introspection.
  {
    name: "introspect: no caller token",
    request: () => ({
      method: "POST",
      path: INTROSPECT,
      headers: { "Content-Type": FORM },
      body: `token=${GARBAGE}`,
    }),
    expect: invalidToken,
  },
  {
    name: "introspect: garbage caller token",
    request: () => ({
      method: "POST",
      path: INTROSPECT,
      headers: { ...bearer(GARBAGE), "Content-Type": FORM },
      body: `token=${GARBAGE}`,
    }),
    expect: invalidToken,
  },
  {
    name: "introspect: JSON body",
    request: (f) => introspect(f, JSON.stringify({ token: f.token.secret }), "application/json"),
    expect: { status: 400, says: "invalid_request" },
  },
  {
    name: "introspect: text/plain body",
    request: (f) => introspect(f, `token=${f.token.secret}`, "text/plain"),
    expect: { status: 400, says: "invalid_request" },
  },
  {
    name: "introspect: no Content-Type",
    request: (f) => ({ ...introspect(f, `token=${f.token.secret}`), headers: bearer(f.token.secret) }),
    expect: { status: 400, says: "invalid_request" },
  },
  {
    name: "introspect: token parameter missing",
    request: (f) => introspect(f, "token_type_hint=access_token"),
    expect: { status: 400, says: "invalid_request" },
  },
  {
    name: "introspect: body of 9 KB",
    request: (f) => introspect(f, `token=${"A".repeat(9 * 1024)}`),
    expect: { status: 413 },
  },
  {
    name: "introspect: chunked body of 64 KB",
    request: (f) => ({
      ...introspect(f, `token=${"A".repeat(64 * 1024)}`),
      headers: { ...bearer(f.token.secret), "Content-Type": FORM, "Transfer-Encoding": "chunked" },
    }),
    expect: { status: 413 },
  },
  {
    name: "introspect: another account's token",
    request: (f) => introspect(f, `token=${f.otherToken.secret}`),
    expect: inactive,
  },
  {
    name: "introspect: token sent twice, another account's first",
    request: (f) => introspect(f, `token=${f.otherToken.secret}&token=${f.token.secret}`),
    expect: inactive,
  },
  {
    name: "introspect: token with NUL",
    request: (f) => introspect(f, `token=${f.token.secret}%00`),
    expect: inactive,
  },
  {
    name: "introspect: token with SQL",
    request: (f) => introspect(f, "token=%27%20OR%201%3D1%20--"),
    expect: inactive,
  },
  {
    name: "introspect: invalid UTF-8 and a lone surrogate",
    request: (f) => introspect(f, "token=%ED%A0%80%FF%FE"),
    expect: inactive,
  },
  {
    name: "introspect: UTF-16 body",
    request: (f) =>
      introspect(f, Buffer.from(`token=${f.token.secret}`, "utf16le"), `${FORM}; charset=utf-16`),
    // Only UTF-8 forms are read: the token parameter is not found, and the caller is told so.
    expect: { status: 400, says: "invalid_request" },
  },
  {
    name: "introspect: GET",
    request: (f) => ({ path: `${INTROSPECT}?token=${f.token.secret}`, headers: bearer(f.token.secret) }),
    expect: { status: 405 },
  },
];

test.describe("verification endpoints under hostile input", () => {
  for (const c of cases) {
    const body = async () => {
      const request = c.request(fixtures());
      await attack(c.name, () => send(request), c.expect);
    };
    hostileTest(c.name, c.fixme, body);
  }
});
