import { roleApiAccess, roleSchema, type ApiAccessLevel } from "../auth/roles";
import { ipAllowed } from "./cidr";
import { parseToken } from "./format";
import { secretMatches } from "./hash";
import { grantedPermissions, permits, tokenScopeSchema, type TokenScope } from "./scope";
import { tokenStatus } from "./status";

// What the db-backed wrapper loads for a public id. scope and owner.role are the raw column
// values: anything unrecognised grants nothing.
export type TokenRecord = {
  id: string;
  accountId: string;
  name: string;
  publicId: string;
  secretHash: string;
  previousSecretHash: string | null;
  previousSecretExpiresAt: Date | null;
  expiresAt: Date | null;
  disabledAt: Date | null;
  revokedAt: Date | null;
  scope: string;
  allowedIpRanges: string[];
  apiVersionName: string;
  sectionKeys: string[];
  accountApiAccessEnabled: boolean;
  owner: { id: string; email: string; membershipActive: boolean; role: string };
};

export const DENY_REASONS = [
  "missing",
  "malformed",
  "unknown",
  "expired",
  "disabled",
  "revoked",
  "ip_not_allowed",
  "api_access_off",
  "owner_inactive",
  "insufficient_scope",
] as const;
export type DenyReason = (typeof DENY_REASONS)[number];

export type VerifiedToken = {
  id: string;
  name: string;
  accountId: string;
  publicId: string;
  apiVersion: string;
  scope: TokenScope;
  ownerId: string;
  ownerEmail: string;
};

export type TokenDecision =
  { ok: true; token: VerifiedToken; permissions: readonly string[] } | { ok: false; reason: DenyReason };

export type DecideTokenInput = {
  raw: string | null | undefined;
  clientIp: string;
  // Permissions the request needs, every one of which must be granted; none is still a
  // decision (introspection asks whether a token is active, not what it may do).
  required: readonly string[];
  now: Date;
  hashKey: string;
};

// A verdict is read, never changed: each refusal is one object, handed out every time.
const DENIALS = Object.fromEntries(
  DENY_REASONS.map((reason) => [reason, Object.freeze({ ok: false as const, reason })]),
) as Record<DenyReason, TokenDecision>;

function deny(reason: DenyReason): TokenDecision {
  return DENIALS[reason];
}

function secretAccepted(record: TokenRecord, secret: string, now: Date, hashKey: string): boolean {
  if (secretMatches(secret, record.secretHash, hashKey)) return true;
  // The secret replaced by a reset keeps working only until its grace period ends.
  return (
    record.previousSecretHash !== null &&
    record.previousSecretExpiresAt !== null &&
    record.previousSecretExpiresAt.getTime() > now.getTime() &&
    secretMatches(secret, record.previousSecretHash, hashKey)
  );
}

function ownerAccess(role: string): ApiAccessLevel {
  const parsed = roleSchema.safeParse(role);
  return parsed.success ? roleApiAccess(parsed.data) : "none";
}

type Grant = Extract<TokenDecision, { ok: true }>;

// What a record grants depends on nothing but the record, and the verification cache hands
// out the same record object for many requests: the success verdict is built once per
// record (null: its scope is unreadable) and every request that passes shares it.
const grantByRecord = new WeakMap<TokenRecord, Grant | null>();

function grantOf(record: TokenRecord): Grant | null {
  const known = grantByRecord.get(record);
  if (known !== undefined) return known;
  const scope = tokenScopeSchema.safeParse(record.scope);
  const grant = scope.success
    ? Object.freeze({
        ok: true as const,
        token: Object.freeze({
          id: record.id,
          name: record.name,
          accountId: record.accountId,
          publicId: record.publicId,
          apiVersion: record.apiVersionName,
          scope: scope.data,
          ownerId: record.owner.id,
          ownerEmail: record.owner.email,
        }),
        permissions: Object.freeze(
          grantedPermissions(scope.data, ownerAccess(record.owner.role), record.sectionKeys),
        ),
      })
    : null;
  grantByRecord.set(record, grant);
  return grant;
}

export type PresentedToken = { publicId: string; secret: string };

// What can be told of a presented token before any lookup: nothing was sent, it is not a
// well-formed token (typos and invented strings fail the checksum), or its two parts.
export function presentedToken(raw: string | null | undefined): PresentedToken | "missing" | "malformed" {
  if (raw === null || raw === undefined || raw === "") return "missing";
  return parseToken(raw) ?? "malformed";
}

// Decides whether a presented token may make a request, required permissions included: both
// verification endpoints act on this verdict and check nothing beside it. Malformed tokens are rejected
// before any lookup; an unknown public id and a wrong secret give the same answer, so
// callers cannot tell which part of a guess was right. A failing `load` (database down)
// is not caught: it propagates so the endpoint answers 503, never success.
export async function decideToken(
  input: DecideTokenInput,
  load: (publicId: string) => Promise<TokenRecord | null>,
): Promise<TokenDecision> {
  const presented = presentedToken(input.raw);
  if (typeof presented === "string") return deny(presented);
  return decideRecord(input, presented, await load(presented.publicId));
}

// The verdict once the record stored under the presented public id is at hand (null: no
// such token). Synchronous, so a caller holding the record in memory decides without a
// promise (lib/verification/authenticate.ts).
//
// A token whose effective rights are empty (owner demoted to Member, or no section left)
// answers insufficient_scope even when no permission is required: the token and its owner
// are valid, but it may do nothing, and a gateway that forgets to name a permission must
// not let it through.
export function decideRecord(
  input: DecideTokenInput,
  presented: PresentedToken,
  record: TokenRecord | null,
): TokenDecision {
  if (!record || record.publicId !== presented.publicId) return deny("unknown");
  if (!secretAccepted(record, presented.secret, input.now, input.hashKey)) return deny("unknown");

  const status = tokenStatus(record, input.now);
  if (status !== "enabled") return deny(status);
  if (!record.accountApiAccessEnabled) return deny("api_access_off");
  if (!record.owner.membershipActive) return deny("owner_inactive");
  if (!ipAllowed(input.clientIp, record.allowedIpRanges)) return deny("ip_not_allowed");

  const grant = grantOf(record);
  if (!grant || grant.permissions.length === 0) return deny("insufficient_scope");
  for (const permission of input.required) {
    if (!permits(grant.permissions, permission)) return deny("insufficient_scope");
  }
  return grant;
}
