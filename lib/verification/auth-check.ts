import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { VerifiedToken } from "@/lib/tokens/verify-token";
import type { VerificationRecord } from "./load-token-record";
import { authenticate, bearerToken, refuse, type Authentication } from "./authenticate";
import { noStoreAnd, sendDenied, sendNoContent } from "./responses";
import type { VerificationRuntime } from "./runtime";
import { NativeDate } from "@/lib/server/native-date";

export const REQUIRED_PERMISSION_HEADER = "x-keyward-required-permission";

// The headers a gateway receives with a 204 and may pass upstream (README, "Verification API").
export const IDENTITY_HEADERS = {
  tokenId: "X-Keyward-Token-Id",
  tokenName: "X-Keyward-Token-Name",
  accountId: "X-Keyward-Account-Id",
  ownerId: "X-Keyward-Owner-Id",
  ownerEmail: "X-Keyward-Owner-Email",
  scopes: "X-Keyward-Scopes",
  apiVersion: "X-Keyward-Api-Version",
} as const;

const NO_PERMISSIONS: readonly string[] = Object.freeze([]);

// Permissions the gateway requires, from X-Keyward-Required-Permission (comma or space
// separated) and any ?permission= parameters. All of them must be granted.
export function requiredPermissions(
  header: string | string[] | undefined,
  query: string | null,
): readonly string[] {
  // Most gateways name none: nothing to split, and one list for all of them.
  if (header === undefined && query === null) return NO_PERMISSIONS;
  const fromHeader = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(/[\s,]+/);
  const fromQuery = query === null ? [] : new URLSearchParams(query).getAll("permission");
  return [...fromHeader, ...fromQuery].filter((p) => p !== "");
}

// Header values must be Latin-1 without control characters; a token name is free text, so
// it is always sent percent-encoded (UTF-8).
function headerText(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : encodeURIComponent(value);
}

// GET /api/v1/auth/check, for gateways (nginx auth_request, Traefik forwardAuth, Envoy
// ext_authz). Any method is accepted, since some gateways forward the client's. A token
// whose record is cached is answered at once; only a lookup or a charged failure returns a
// promise.
export function answerAuthCheck(
  req: IncomingMessage,
  res: ServerResponse,
  runtime: VerificationRuntime,
  clientIp: string,
  query: string | null,
): void | Promise<void> {
  const now = new NativeDate();
  const required = requiredPermissions(req.headers[REQUIRED_PERMISSION_HEADER], query);
  const authentication = authenticate(
    runtime,
    bearerToken(req.headers.authorization),
    required,
    clientIp,
    now,
  );
  return authentication instanceof Promise
    ? authentication.then((settled) => respond(res, runtime, settled, clientIp, required))
    : respond(res, runtime, authentication, clientIp, required);
}

function respond(
  res: ServerResponse,
  runtime: VerificationRuntime,
  { decision, record }: Authentication,
  clientIp: string,
  required: readonly string[],
): void | Promise<void> {
  if (!decision.ok) return refuse(res, runtime, decision.reason, clientIp, required);
  if (!record) return sendDenied(res, "unknown");
  sendNoContent(res, identityHeaders(record, decision.token, decision.permissions));
}

// The 204's headers depend only on the record, which the cache shares between requests:
// they are built once per record, as the flat list writeHead takes.
const headersByRecord = new WeakMap<VerificationRecord, string[]>();

function identityHeaders(
  record: VerificationRecord,
  token: VerifiedToken,
  permissions: readonly string[],
): string[] {
  const known = headersByRecord.get(record);
  if (known) return known;
  const headers = noStoreAnd([
    IDENTITY_HEADERS.tokenId,
    token.id,
    IDENTITY_HEADERS.tokenName,
    encodeURIComponent(token.name),
    IDENTITY_HEADERS.accountId,
    token.accountId,
    IDENTITY_HEADERS.ownerId,
    token.ownerId,
    IDENTITY_HEADERS.ownerEmail,
    headerText(token.ownerEmail),
    IDENTITY_HEADERS.scopes,
    permissions.join(" "),
    IDENTITY_HEADERS.apiVersion,
    headerText(token.apiVersion),
  ]);
  headersByRecord.set(record, headers);
  return headers;
}
