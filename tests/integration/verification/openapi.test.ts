import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as serveOpenApi } from "@/app/api/v1/openapi.json/route";
import { config } from "@/lib/config/env";
import { createConsoleServer } from "@/lib/http/console-listener";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { openApiDocument } from "@/lib/verification/docs/openapi";
import { handleVerificationRequest } from "@/lib/verification/dispatch";
import { generateToken } from "../../support/generate-token";
import { catalogue, createTestAccount } from "../support/fixtures";
import { conformanceChecker, send } from "../support/openapi-conformance";
import { expectSecretsNowhereInDb, issuedSecrets, issueToken, succeeded } from "../support/tokens";
import { startVerificationServer, type VerificationServer } from "../support/verification-server";

// The OpenAPI document against the running service: every case below goes through Keyward's
// real front door and verification dispatch (as scripts/start.ts wires them), and its status,
// headers and body must be documented for that operation; every documented status must be
// produced by some case (tests/integration/support/openapi-conformance.ts).
const FAILURE_LIMIT = 3;
const doc = openApiDocument("http://127.0.0.1");

let verification: VerificationServer;
let front: Server;
let base: string;

beforeAll(async () => {
  verification = await startVerificationServer({ settings: { failureLimit: FAILURE_LIMIT } });
  front = createConsoleServer({
    trustedProxies: ["127.0.0.0/8"],
    dev: false,
    readiness: { draining: () => false, pingDatabase: async () => undefined },
    verification: (req, res) => handleVerificationRequest(req, res, () => verification.runtime),
    console: (_req, res) => void res.writeHead(404).end(),
  });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
});

afterAll(async () => {
  front.closeAllConnections();
  await new Promise((resolve) => front.close(resolve));
  await verification.close();
  await expectSecretsNowhereInDb(issuedSecrets);
});

const { expectDocumented, coverage } = conformanceChecker(doc, () => base);

const CHECK = "/api/v1/auth/check";
const INTROSPECT = "/api/v1/tokens/introspect";
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const from = (ip: string) => ({ "x-forwarded-for": ip });
const form = { "content-type": "application/x-www-form-urlencoded" };

describe("the OpenAPI document against the running verification service", () => {
  it("documents every status and header that each case answers, and every documented status is answered", async () => {
    const { actors } = await createTestAccount();
    const c = await catalogue();
    const admin = actors.administrator;
    const { secret: readToken } = await issueToken(admin, {
      scope: "read",
      sectionIds: [c.section("leads")],
    });
    const { tokenId: revokedId, secret: revoked } = await issueToken(admin);
    succeeded(await revokeToken(admin, revokedId));
    const { secret: introspector } = await issueToken(admin, {
      scope: "read",
      sectionIds: [c.section("introspection")],
    });

    // GET /api/v1/auth/check
    await expectDocumented("good token", { path: CHECK, method: "GET", headers: bearer(readToken) }, 204);
    await expectDocumented(
      "good token, permission granted by query",
      { path: `${CHECK}?permission=leads:read`, method: "GET", headers: bearer(readToken) },
      204,
    );
    // As Envoy's ext_authz sends it with the "Using the API" page's path_prefix.
    await expectDocumented(
      "Envoy's appended path",
      { path: `${CHECK}?original_path=/leads/42?page=2`, method: "GET", headers: bearer(readToken) },
      204,
    );
    await expectDocumented("no token", { path: CHECK, method: "GET" }, 401);
    await expectDocumented(
      "malformed token",
      { path: CHECK, method: "GET", headers: { ...bearer("kw_typo"), ...from("198.51.100.1") } },
      401,
    );
    await expectDocumented("revoked token", { path: CHECK, method: "GET", headers: bearer(revoked) }, 401);
    await expectDocumented(
      "permission not granted",
      {
        path: CHECK,
        method: "GET",
        headers: { ...bearer(readToken), "x-keyward-required-permission": "leads:write" },
      },
      403,
    );
    await expectDocumented(
      "oversized body",
      { path: CHECK, method: "GET", headers: bearer(readToken), body: "x".repeat(70 * 1024) },
      413,
    );
    for (let i = 0; i < FAILURE_LIMIT; i++) {
      await send(base, {
        path: CHECK,
        method: "GET",
        headers: { ...bearer(generateToken().token), ...from("198.51.100.2") },
      });
    }
    await expectDocumented(
      "guesses over the limit",
      { path: CHECK, method: "GET", headers: { ...bearer(generateToken().token), ...from("198.51.100.2") } },
      429,
    );

    // POST /api/v1/tokens/introspect
    await expectDocumented(
      "active token",
      {
        path: INTROSPECT,
        method: "POST",
        headers: { ...bearer(introspector), ...form },
        body: `token=${readToken}`,
      },
      200,
    );
    await expectDocumented(
      "inactive token",
      {
        path: INTROSPECT,
        method: "POST",
        headers: { ...bearer(introspector), ...form },
        body: `token=${revoked}`,
      },
      200,
    );
    await expectDocumented(
      "no token parameter",
      {
        path: INTROSPECT,
        method: "POST",
        headers: { ...bearer(introspector), ...form },
        body: "token_type_hint=x",
      },
      400,
    );
    await expectDocumented(
      "JSON body",
      {
        path: INTROSPECT,
        method: "POST",
        headers: { ...bearer(introspector), "content-type": "application/json" },
        body: `{"token":"${readToken}"}`,
      },
      400,
    );
    await expectDocumented(
      "caller without a token",
      { path: INTROSPECT, method: "POST", headers: form, body: `token=${readToken}` },
      401,
    );
    await expectDocumented(
      "caller without the introspection section",
      {
        path: INTROSPECT,
        method: "POST",
        headers: { ...bearer(readToken), ...form },
        body: `token=${readToken}`,
      },
      403,
    );
    await expectDocumented(
      "oversized form",
      {
        path: INTROSPECT,
        method: "POST",
        headers: { ...bearer(introspector), ...form },
        body: `token=${"a".repeat(20_000)}`,
      },
      413,
    );
    for (let i = 0; i < FAILURE_LIMIT; i++) {
      await send(base, {
        path: INTROSPECT,
        method: "POST",
        headers: { ...bearer(generateToken().token), ...form, ...from("198.51.100.3") },
        body: "token=x",
      });
    }
    await expectDocumented(
      "guessing callers over the limit",
      {
        path: INTROSPECT,
        method: "POST",
        headers: { ...bearer(generateToken().token), ...form, ...from("198.51.100.3") },
        body: "token=x",
      },
      429,
    );
    await expectDocumented("GET", { path: INTROSPECT, method: "GET", headers: bearer(introspector) }, 405);

    // The database cannot be read: tokens the cache has not seen yet fail closed.
    const { secret: uncachedCheck } = await issueToken(admin);
    const { secret: uncachedCaller } = await issueToken(admin, {
      scope: "read",
      sectionIds: [c.section("introspection")],
    });
    verification.failLoads(true);
    try {
      await expectDocumented(
        "database down",
        { path: CHECK, method: "GET", headers: bearer(uncachedCheck) },
        503,
      );
      await expectDocumented(
        "database down, introspection",
        {
          path: INTROSPECT,
          method: "POST",
          headers: { ...bearer(uncachedCaller), ...form },
          body: `token=${uncachedCaller}`,
        },
        503,
      );
    } finally {
      verification.failLoads(false);
    }

    const { documented, produced } = coverage();
    expect(produced).toEqual(documented);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("serves the document with this instance's configured URL, cacheable, to anyone", async () => {
    const response = serveOpenApi();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { openapi: string; servers: { url: string }[] };
    expect(body.openapi).toBe("3.1.0");
    expect(body.servers).toEqual([{ url: config().start.publicUrl.replace(/\/+$/, "") }]);
  });
});
