import type { ExampleId } from "@/lib/verification/docs/examples";

// Every user-facing string of the "Using the API" page (/settings/technical/api/docs).
export const DOCS_PAGE = {
  title: "Using the API",
  intro:
    "How gateways and resource servers ask Keyward whether an access token is good, and what it may do. The examples use this instance’s address.",
  backToApi: "API",
  openApi: "OpenAPI document",
  openApiBody:
    "The OpenAPI 3.1 document describes both endpoints, their headers and every status they answer. Load it into your API tools or generate a client from it; it needs no sign-in.",
  baseUrl: "This instance’s address",
  tokensInHeader:
    "Tokens are read from the Authorization header only (Authorization: Bearer kw_…), never from a URL. Every answer carries Cache-Control: no-store.",
  trustedProxies:
    "List your gateway’s address in KEYWARD_TRUSTED_PROXIES, so allowed IP ranges and the guess limit see each client’s address instead of the gateway’s.",
  check: {
    heading: "Check a token: GET /api/v1/auth/check",
    body: "For API gateways (nginx auth_request, Traefik forwardAuth, Envoy ext_authz). Any HTTP method is answered. Name the permissions a request needs in the X-Keyward-Required-Permission header (comma or space separated) or in ?permission= parameters, as <section>:read or <section>:write; every one must be granted.",
  },
  introspect: {
    heading: "Introspect a token: POST /api/v1/tokens/introspect",
    body: 'For resource servers, in the OAuth 2.0 Token Introspection format (RFC 7662). The caller authenticates with its own token, which needs the “Token introspection” API section, and sends token=… as a form. It learns only about tokens of its own account; anything else is {"active": false}.',
  },
  statusHeading: "Answers",
  statusColumns: { status: "Status", meaning: "Meaning" },
  checkStatuses: [
    [
      "204",
      "The token is good and holds every required permission. X-Keyward-Token-Id, -Token-Name, -Account-Id, -Owner-Id, -Owner-Email, -Scopes and -Api-Version name it.",
    ],
    [
      "401",
      "Missing, malformed, unknown, expired, disabled or revoked token, an address outside its allowed ranges, API access off, or its owner deactivated. WWW-Authenticate says why.",
    ],
    ["403", 'A required permission is not granted (WWW-Authenticate: error="insufficient_scope").'],
    ["413", "The request body is too large."],
    [
      "429",
      "Too many unknown or malformed tokens from this client; wait for Retry-After. Valid tokens still pass.",
    ],
    ["503", "Keyward cannot read its database; retry after Retry-After. Never a success without it."],
  ],
  introspectStatuses: [
    [
      "200",
      'The RFC 7662 answer: active with scope, client_id, sub, username, exp, or only {"active": false}.',
    ],
    ["400", "The body is not a form, or has no token."],
    ["401 / 403", "The caller’s own token is refused, or lacks the “Token introspection” section."],
    ["405", "Only POST is accepted."],
    ["413", "The body is over 8 KiB."],
    ["429 / 503", "As for the check; the introspected token’s failures never count against the caller."],
  ],
  copy: "Copy",
  copyExample: (example: string) => `Copy ${example}`,
  copied: "Copied to clipboard",
  copyFailed: "Copying failed. Select the text and copy it by hand.",
} as const;

// Each example's title (also the Copy button's name) and the sentence that introduces it.
export const EXAMPLES: Record<ExampleId, { title: string; body: string }> = {
  "curl-check": {
    title: "curl: check a token",
    body: "The quickest way to see what Keyward answers for a token.",
  },
  nginx: {
    title: "nginx auth_request",
    body: "Inside your server block. The named location hands the client Keyward’s own 401, 403 and 429 (nginx alone would turn a 429 into a 500); Keyward’s test suite runs this configuration in a real nginx.",
  },
  traefik: {
    title: "Traefik forwardAuth",
    body: "A headers middleware names the permission the route needs, then forwardAuth asks Keyward and passes the token’s identity upstream. Refusals reach the client as Keyward sent them.",
  },
  envoy: {
    title: "Envoy ext_authz (HTTP)",
    body: "Envoy adds the client’s path after path_prefix, so the prefix ends with a query parameter that Keyward ignores.",
  },
  "curl-introspect": {
    title: "curl: introspect a token",
    body: "The resource server’s own token (with the “Token introspection” section) authenticates the call.",
  },
  "resource-server": {
    title: "Resource server (Node.js)",
    body: "A function a resource server calls with the token its client presented; it returns the token’s claims, or null when the token must be refused.",
  },
};
