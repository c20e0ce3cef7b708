// The OpenAPI 3.1 description of the verification API, served at /api/v1/openapi.json with
// this instance's own URL. The endpoints are answered by lib/verification/ (and, for
// oversized bodies, the front door in lib/http/); tests/integration/verification/openapi.test.ts
// sends every case to them and fails when a status or header here is not what they answer.

export const OPENAPI_PATH = "/api/v1/openapi.json";

const json = (schema: object) => ({ "application/json": { schema } });
const ref = (kind: "schemas" | "headers" | "responses", name: string) => ({
  $ref: `#/components/${kind}/${name}`,
});

const identityHeader = (description: string, example: string) => ({
  description,
  schema: { type: "string", examples: [example] },
  required: true,
});

const components = {
  securitySchemes: {
    bearerToken: {
      type: "http",
      scheme: "bearer",
      description:
        "A Keyward access token (`kw_<public id>_<secret><checksum>`) in `Authorization: Bearer …`; never in a URL.",
    },
  },
  headers: {
    CacheControl: {
      description: "Verification answers are never cached.",
      schema: { type: "string", const: "no-store" },
      required: true,
    },
    InvalidTokenChallenge: {
      description:
        'RFC 6750 challenge, e.g. `Bearer realm="keyward", error="invalid_token", error_description="The token has expired."`',
      schema: { type: "string", pattern: '^Bearer realm="keyward", error="invalid_token"' },
      required: true,
    },
    InsufficientScopeChallenge: {
      description:
        'RFC 6750 challenge naming the required permissions, e.g. `Bearer realm="keyward", error="insufficient_scope", scope="leads:write"`',
      schema: { type: "string", pattern: '^Bearer realm="keyward", error="insufficient_scope"' },
      required: true,
    },
    RetryAfter: {
      description: "Seconds to wait before trying again.",
      schema: { type: "string", pattern: "^[0-9]+$" },
      required: true,
    },
    Allow: {
      description: "The method the endpoint accepts.",
      schema: { type: "string", const: "POST" },
      required: true,
    },
    Connection: {
      description: "The rest of the body is not read, so the connection is closed.",
      schema: { type: "string", const: "close" },
    },
  },
  schemas: {
    Error: {
      type: "object",
      required: ["error"],
      properties: {
        error: {
          type: "string",
          examples: ["invalid_token", "insufficient_scope", "too_many_requests", "temporarily_unavailable"],
        },
        error_description: { type: "string" },
      },
    },
    IntrospectionRequest: {
      type: "object",
      required: ["token"],
      properties: {
        token: { type: "string", description: "The token to ask about." },
        token_type_hint: { type: "string", description: "Accepted and ignored (RFC 7662 § 2.1)." },
      },
    },
    ActiveToken: {
      type: "object",
      required: [
        "active",
        "scope",
        "client_id",
        "sub",
        "username",
        "token_type",
        "iat",
        "api_version",
        "token_id",
        "token_name",
      ],
      properties: {
        active: { const: true },
        scope: {
          type: "string",
          description: "Granted permissions, space separated: `<section>:read|write`.",
          examples: ["leads:read leads:write"],
        },
        client_id: { type: "string", description: "The token's public id." },
        sub: { type: "string", description: "The owner's user id." },
        username: { type: "string", description: "The owner's email." },
        token_type: { const: "Bearer" },
        iat: {
          type: "integer",
          description: "When the current secret was issued (seconds since the epoch).",
        },
        exp: {
          type: "integer",
          description: "When the token expires (seconds since the epoch); absent if it never does.",
        },
        api_version: { type: "string", description: "The API version the token is compatible with." },
        token_id: { type: "string" },
        token_name: { type: "string" },
      },
    },
    InactiveToken: {
      type: "object",
      required: ["active"],
      additionalProperties: false,
      properties: { active: { const: false } },
      description:
        "Unknown, malformed, expired, disabled, revoked, API access off, owner inactive, not allowed from this address, or another account's token: nothing more is said.",
    },
  },
  responses: {
    Unauthorized: {
      description:
        "The bearer token is missing, malformed (bad checksum), unknown, expired, disabled, revoked, used from an address outside its allowed ranges, its account's API access is off, or its owner is deactivated.",
      headers: {
        "WWW-Authenticate": ref("headers", "InvalidTokenChallenge"),
        "Cache-Control": ref("headers", "CacheControl"),
      },
      content: json(ref("schemas", "Error")),
    },
    Forbidden: {
      description:
        "The token is good but does not grant every required permission (or grants nothing at all).",
      headers: {
        "WWW-Authenticate": ref("headers", "InsufficientScopeChallenge"),
        "Cache-Control": ref("headers", "CacheControl"),
      },
      content: json(ref("schemas", "Error")),
    },
    TooLarge: {
      description:
        "The request body is over the limit (8 KiB for introspection, 64 KiB otherwise); it is refused without being read.",
      headers: { "Cache-Control": ref("headers", "CacheControl"), Connection: ref("headers", "Connection") },
      content: {
        "text/plain": { schema: { type: "string" } },
        ...json(ref("schemas", "Error")),
      },
    },
    TooManyRequests: {
      description:
        "Too many unknown or malformed tokens from this client (IPv4 address or IPv6 /64). A valid token from the same client is still answered normally.",
      headers: {
        "Retry-After": ref("headers", "RetryAfter"),
        "Cache-Control": ref("headers", "CacheControl"),
      },
      content: json(ref("schemas", "Error")),
    },
    Unavailable: {
      description: "The database cannot be read. Verification fails closed: never a success without it.",
      headers: {
        "Retry-After": ref("headers", "RetryAfter"),
        "Cache-Control": ref("headers", "CacheControl"),
      },
      content: json(ref("schemas", "Error")),
    },
  },
};

const authCheck = {
  get: {
    operationId: "checkToken",
    summary: "Check a bearer token (for API gateways)",
    description:
      "For nginx `auth_request`, Traefik forwardAuth and Envoy ext_authz. Any HTTP method is answered the same way, since some gateways forward their client's. Every required permission must be granted; a token's rights are its scope and sections narrowed by its owner's current role.",
    tags: ["Verification"],
    security: [{ bearerToken: [] }],
    parameters: [
      {
        name: "X-Keyward-Required-Permission",
        in: "header",
        required: false,
        description: "Permissions the request needs, comma or space separated: `<section key>:read|write`.",
        schema: { type: "string", examples: ["leads:write"] },
      },
      {
        name: "permission",
        in: "query",
        required: false,
        description: "Another way to name a required permission; repeatable.",
        schema: { type: "array", items: { type: "string" } },
        style: "form",
        explode: true,
      },
    ],
    responses: {
      "204": {
        description: "The token is good and holds every required permission.",
        headers: {
          "X-Keyward-Token-Id": identityHeader("The token's id.", "cmx6i33xz0001on7dtuxl1ws3"),
          "X-Keyward-Token-Name": identityHeader("The token's name, percent-encoded UTF-8.", "CRM%20sync"),
          "X-Keyward-Account-Id": identityHeader(
            "The account the token belongs to.",
            "cmx6i2zq00000on7d5k2y1b7x",
          ),
          "X-Keyward-Owner-Id": identityHeader("The owner's user id.", "cmx6i30aa0002on7dq7w1c2dz"),
          "X-Keyward-Owner-Email": identityHeader("The owner's email.", "crm-sync@example.com"),
          "X-Keyward-Scopes": identityHeader(
            "Granted permissions, space separated.",
            "leads:read leads:write",
          ),
          "X-Keyward-Api-Version": identityHeader("The API version the token is compatible with.", "2026-01"),
          "Cache-Control": ref("headers", "CacheControl"),
        },
      },
      "401": ref("responses", "Unauthorized"),
      "403": ref("responses", "Forbidden"),
      "413": ref("responses", "TooLarge"),
      "429": ref("responses", "TooManyRequests"),
      "503": ref("responses", "Unavailable"),
    },
  },
};

const introspect = {
  post: {
    operationId: "introspectToken",
    summary: "Introspect a token (RFC 7662, for resource servers)",
    description:
      "The caller authenticates with its own bearer token, which needs the “Token introspection” section (`introspection:read`). Only tokens of the caller's own account are described. The introspected token's allowed IP ranges are checked against this request's address. Failures of the introspected token are never charged to the caller.",
    tags: ["Verification"],
    security: [{ bearerToken: [] }],
    requestBody: {
      required: true,
      content: { "application/x-www-form-urlencoded": { schema: ref("schemas", "IntrospectionRequest") } },
    },
    responses: {
      "200": {
        description: 'What the token is, or only `{"active": false}`.',
        headers: { "Cache-Control": ref("headers", "CacheControl") },
        content: json({ oneOf: [ref("schemas", "ActiveToken"), ref("schemas", "InactiveToken")] }),
      },
      "400": {
        description: "The body is not `application/x-www-form-urlencoded`, or has no `token`.",
        headers: { "Cache-Control": ref("headers", "CacheControl") },
        content: json(ref("schemas", "Error")),
      },
      "401": ref("responses", "Unauthorized"),
      "403": ref("responses", "Forbidden"),
      "413": ref("responses", "TooLarge"),
      "429": ref("responses", "TooManyRequests"),
      "503": ref("responses", "Unavailable"),
    },
  },
  get: {
    operationId: "introspectTokenWrongMethod",
    summary: "Not allowed: introspection takes POST (any other method gets the same answer)",
    tags: ["Verification"],
    responses: {
      "405": {
        description: "Only POST is accepted.",
        headers: { Allow: ref("headers", "Allow"), "Cache-Control": ref("headers", "CacheControl") },
        content: json(ref("schemas", "Error")),
      },
    },
  },
};

export type OpenApiDocument = ReturnType<typeof openApiDocument>;

// `baseUrl` is this instance's configured public URL (NEXTAUTH_URL), never a request's Host.
export function openApiDocument(baseUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Keyward verification API",
      version: "1.0.0",
      summary: "Is this access token good, and for what?",
      description:
        "API gateways ask `GET /api/v1/auth/check`; resource servers ask `POST /api/v1/tokens/introspect` (RFC 7662). Tokens are read from the `Authorization` header only.",
    },
    servers: [{ url: baseUrl.replace(/\/+$/, "") }],
    tags: [{ name: "Verification" }],
    paths: {
      "/api/v1/auth/check": authCheck,
      "/api/v1/tokens/introspect": introspect,
    },
    components,
  };
}
