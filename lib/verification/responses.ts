import type { ServerResponse } from "node:http";
import type { DenyReason } from "@/lib/tokens/verify-token";

// RFC 6750 answers. The description helps whoever holds the token; it never tells an
// unknown public id from a wrong secret.
const DESCRIPTIONS: Record<Exclude<DenyReason, "insufficient_scope">, string> = {
  missing: "No bearer token was presented.",
  malformed: "The bearer token is not a well-formed Keyward token.",
  unknown: "The token is not recognised.",
  expired: "The token has expired.",
  disabled: "The token is disabled.",
  revoked: "The token has been revoked.",
  ip_not_allowed: "The token may not be used from this address.",
  api_access_off: "API access is turned off for this account.",
  owner_inactive: "The token's owner is no longer active.",
};

const NO_STORE = { "Cache-Control": "no-store" };

// The required permissions come from the gateway's request, so only those that are valid
// RFC 6750 scope tokens (printable ASCII, no quote or backslash, no space) are named back in
// WWW-Authenticate: a quote, a line break or a non-Latin-1 character could otherwise add a
// parameter of the client's choosing or break the header. The rest still fail the check.
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]{1,100}$/;
const MAX_NAMED_SCOPES = 20;

// A JSON answer as writeHead and end take it: the flat header list and the body's bytes.
type PreparedAnswer = { headers: string[]; body: Buffer };

function jsonAnswer(body: unknown, headers: Record<string, string> = {}): PreparedAnswer {
  const bytes = Buffer.from(JSON.stringify(body));
  const all = {
    ...NO_STORE,
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": String(bytes.length),
    ...headers,
  };
  return { headers: Object.entries(all).flat(), body: bytes };
}

function sendAnswer(res: ServerResponse, status: number, answer: PreparedAnswer): void {
  res.writeHead(status, answer.headers);
  res.end(answer.body);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendAnswer(res, status, jsonAnswer(body, headers));
}

// A 401 is the same for every request with the same reason, and under a flood of invented
// tokens it is most of what Keyward sends: each is prepared once.
const INVALID_TOKEN_ANSWERS = Object.fromEntries(
  Object.entries(DESCRIPTIONS).map(([reason, description]): [string, PreparedAnswer] => [
    reason,
    jsonAnswer(
      { error: "invalid_token", error_description: description },
      {
        "WWW-Authenticate": `Bearer realm="keyward", error="invalid_token", error_description="${description}"`,
      },
    ),
  ]),
) as Record<keyof typeof DESCRIPTIONS, PreparedAnswer>;

export function sendDenied(res: ServerResponse, reason: DenyReason, required: readonly string[] = []): void {
  if (reason === "insufficient_scope") {
    const named = required.filter((p) => SCOPE_TOKEN.test(p)).slice(0, MAX_NAMED_SCOPES);
    const scope = named.length > 0 ? `, scope="${named.join(" ")}"` : "";
    sendJson(
      res,
      403,
      { error: "insufficient_scope", error_description: "The token does not grant the required permission." },
      {
        "WWW-Authenticate": `Bearer realm="keyward", error="insufficient_scope"${scope}`,
      },
    );
    return;
  }
  sendAnswer(res, 401, INVALID_TOKEN_ANSWERS[reason]);
}

export function sendTooManyFailures(res: ServerResponse, retryAfterSeconds: number): void {
  sendJson(
    res,
    429,
    { error: "too_many_requests", error_description: "Too many invalid tokens from this address." },
    {
      "Retry-After": String(retryAfterSeconds),
    },
  );
}

export function sendUnavailable(res: ServerResponse): void {
  sendJson(
    res,
    503,
    { error: "temporarily_unavailable", error_description: "Verification is unavailable; try again." },
    {
      "Retry-After": "1",
    },
  );
}

export function sendBadRequest(res: ServerResponse, description: string): void {
  sendJson(res, 400, { error: "invalid_request", error_description: description });
}

export function sendMethodNotAllowed(res: ServerResponse, allowed: string): void {
  sendJson(res, 405, { error: "method_not_allowed" }, { Allow: allowed });
}

// The rest of the body is not read, so the connection cannot be reused.
export function sendBodyTooLarge(res: ServerResponse): void {
  sendJson(res, 413, { error: "request_too_large" }, { Connection: "close" });
}

export function sendIntrospection(res: ServerResponse, body: Record<string, unknown>): void {
  sendJson(res, 200, body);
}

// headers: a flat [name, value, name, value, …] list, Cache-Control: no-store among them
// (noStoreAnd); built once per record by the caller, so nothing is copied per request.
export function sendNoContent(res: ServerResponse, headers: string[]): void {
  res.writeHead(204, headers);
  res.end();
}

export function noStoreAnd(headers: readonly string[]): string[] {
  return ["Cache-Control", "no-store", ...headers];
}
