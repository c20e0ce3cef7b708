import * as oauth from "oauth4webapi";
import { afterAll, describe, expect, it } from "vitest";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { generateToken } from "../../support/generate-token";
import { catalogue, createTestAccount } from "../support/fixtures";
import { expectSecretsNowhereInDb, issuedSecrets, issueToken, succeeded } from "../support/tokens";
import { introspect, serverForEachTest } from "../support/verification-server";

// POST /api/v1/tokens/introspect (RFC 7662), called by a resource server holding a token
// with the "introspection" section.
const server = serverForEachTest();
afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

async function accountWithIntrospector() {
  const account = await createTestAccount();
  const c = await catalogue();
  const introspector = await issueToken(account.actors.administrator, {
    scope: "read",
    sectionIds: [c.section("introspection")],
  });
  return { ...account, c, introspector: introspector.secret };
}

const form = (token: string) => `token=${encodeURIComponent(token)}&token_type_hint=access_token`;

describe("introspection", () => {
  it("describes an active token with the RFC 7662 fields and Keyward's API version", async () => {
    const { actors, c, introspector } = await accountWithIntrospector();
    const { tokenId, secret } = await issueToken(actors.administrator, { scope: "read", expiration: "30d" });
    const response = await introspect(server(), introspector, form(secret));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as Record<string, unknown>;
    const now = Date.now() / 1000;
    expect(body).toMatchObject({
      active: true,
      scope: "leads:read",
      client_id: secret.slice(3, 15),
      sub: actors.administrator.userId,
      username: actors.administrator.email,
      token_type: "Bearer",
      api_version: c.versions[0]?.name,
      token_id: tokenId,
    });
    expect(body.iat).toBeGreaterThan(now - 120);
    expect(body.iat).toBeLessThanOrEqual(now);
    expect(body.exp).toBeGreaterThan(now + 29 * 86_400);
  });

  it("answers only {active:false} for unknown, malformed, revoked and another account's tokens", async () => {
    const { actors, introspector } = await accountWithIntrospector();
    const { tokenId, secret: revoked } = await issueToken(actors.administrator);
    succeeded(await revokeToken(actors.administrator, tokenId));
    const other = await createTestAccount();
    const { secret: foreign } = await issueToken(other.actors.administrator);
    for (const token of [generateToken().token, "kw_typo", revoked, foreign]) {
      const response = await introspect(server(), introspector, form(token));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ active: false });
    }
  });

  it("refuses a caller without a token (401), with a bad one (401), or without the section (403)", async () => {
    const { actors } = await accountWithIntrospector();
    const { secret: plain } = await issueToken(actors.administrator);
    const missing = await introspect(server(), null, form(plain));
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/error="invalid_token"/);
    expect((await introspect(server(), generateToken().token, form(plain))).status).toBe(401);
    const noSection = await introspect(server(), plain, form(plain));
    expect(noSection.status).toBe(403);
    expect(noSection.headers.get("www-authenticate")).toMatch(
      /error="insufficient_scope", scope="introspection:read"/,
    );
  });

  it("rejects a bad request: no token parameter, JSON, GET, an oversized body", async () => {
    const { introspector } = await accountWithIntrospector();
    const noToken = await introspect(server(), introspector, "token_type_hint=access_token");
    expect(noToken.status).toBe(400);
    expect(((await noToken.json()) as { error: string }).error).toBe("invalid_request");
    expect(
      (await introspect(server(), introspector, '{"token":"x"}', { contentType: "application/json" })).status,
    ).toBe(400);
    const get = await introspect(server(), introspector, "", { method: "GET" });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect((await introspect(server(), introspector, `token=${"a".repeat(20_000)}`)).status).toBe(413);
  });
});

describe("introspection with a standard OAuth client (oauth4webapi)", () => {
  it("parses the responses for an active and an inactive token", async () => {
    const { actors, introspector } = await accountWithIntrospector();
    const { secret } = await issueToken(actors.administrator);
    const as: oauth.AuthorizationServer = {
      issuer: server().url,
      introspection_endpoint: `${server().url}/api/v1/tokens/introspect`,
    };
    const client: oauth.Client = { client_id: "resource-server" };
    // Keyward's callers authenticate with a bearer token: a client authentication method
    // of the library's own extension point.
    const bearer: oauth.ClientAuth = (_as, _client, _body, headers) =>
      headers.set("authorization", `Bearer ${introspector}`);
    const options = { [oauth.allowInsecureRequests]: true };

    const active = await oauth.processIntrospectionResponse(
      as,
      client,
      await oauth.introspectionRequest(as, client, bearer, secret, options),
    );
    expect(active.active).toBe(true);
    expect(active.scope).toBe("leads:read leads:write");
    expect(active.sub).toBe(actors.administrator.userId);
    expect(active.token_type).toBe("Bearer");

    const inactive = await oauth.processIntrospectionResponse(
      as,
      client,
      await oauth.introspectionRequest(as, client, bearer, generateToken().token, options),
    );
    expect(inactive).toEqual({ active: false });
  });
});
