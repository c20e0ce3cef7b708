import "server-only";
import { isCountedRefusal } from "@/lib/usage/outcomes";
import {
  decideRecord,
  presentedToken,
  type DecideTokenInput,
  type DenyReason,
  type PresentedToken,
  type TokenDecision,
} from "@/lib/tokens/verify-token";
import type { ServerResponse } from "node:http";
import type { VerificationRecord } from "./load-token-record";
import type { CacheLookup } from "./record-cache";
import { sendDenied, sendTooManyFailures } from "./responses";
import type { VerificationRuntime } from "./runtime";

export type Authentication = { decision: TokenDecision; record: VerificationRecord | null };

// Only guesses count towards the failure limit: a typo or an invented token. A real token
// that is disabled or expired is not an attack on the token space.
const COUNTED_FAILURES: ReadonlySet<DenyReason> = new Set(["malformed", "unknown"]);

const BEARER = "bearer ";

// Whether text begins with "Bearer " in any case. Compared in place: the header is the
// longest string of a gateway's request, and lower-casing it would copy it every time.
function hasBearerScheme(text: string): boolean {
  if (text.length < BEARER.length) return false;
  for (let i = 0; i < BEARER.length; i++) {
    const code = text.charCodeAt(i);
    // Setting 0x20 folds an ASCII letter to lower case, and maps nothing else onto one; the
    // space after the scheme must be a space.
    if ((i === BEARER.length - 1 ? code : code | 0x20) !== BEARER.charCodeAt(i)) return false;
  }
  return true;
}

// The token in `Authorization: Bearer …`, or null when there is no such header. Tokens are
// accepted nowhere else (never in a URL). Another scheme is passed on whole, so it is
// judged malformed.
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (hasBearerScheme(header)) {
    const token = header.slice(BEARER.length).trim();
    return token === "" ? null : token;
  }
  const trimmed = header.trim();
  return trimmed === "" || trimmed.toLowerCase() === "bearer" ? null : header;
}

// Decides a presented token through the cache, for a request that needs `required` (every
// permission granted), and notes the verification for usage: every outcome of a token whose
// secret matched is counted, and only a success is its last use. Nothing is
// charged here: only the caller knows whether the token is its client's own presentation
// (refuse) or one it asks about (introspection). A database failure propagates (the
// endpoint answers 503). A token that is malformed, whose record is cached (nearly every
// request under load) or whose public id the current known-id index lacks is answered at
// once, without a promise: each one a request awaits costs allocations the garbage
// collector then clears (bench:profile's allocation kind).
export function authenticate(
  runtime: VerificationRuntime,
  raw: string | null,
  required: readonly string[],
  clientIp: string,
  now: Date,
): Authentication | Promise<Authentication> {
  const input: DecideTokenInput = { raw, clientIp, required, now, hashKey: runtime.hashKey };
  const presented = presentedToken(raw);
  if (typeof presented === "string") return { decision: { ok: false, reason: presented }, record: null };
  const at = now.getTime();
  const cached = runtime.cache.lookup(presented.publicId, at);
  if (cached.hit) return settle(runtime, input, presented, cached.record);
  // What loadMissed concludes without waiting when the index is current (it vouches for the
  // change watch's confirmation too): no token has this id.
  if (runtime.knownIds.knownAbsent(presented.publicId, at)) return settle(runtime, input, presented, null);
  return loadMissed(runtime, presented.publicId, at, cached).then((record) =>
    settle(runtime, input, presented, record),
  );
}

function settle(
  runtime: VerificationRuntime,
  input: DecideTokenInput,
  presented: PresentedToken,
  record: VerificationRecord | null,
): Authentication {
  const decision = decideRecord(input, presented, record);
  if (decision.ok) runtime.usage.note(decision.token.id, "ok", input.clientIp, input.now);
  else if (record && isCountedRefusal(decision.reason))
    runtime.usage.note(record.id, decision.reason, input.clientIp, input.now);
  return { decision, record };
}

// After the cache missed (`missed` is that lookup).
async function loadMissed(
  runtime: VerificationRuntime,
  publicId: string,
  now: number,
  missed: CacheLookup,
): Promise<VerificationRecord | null> {
  let cached = missed;
  // The periodic confirmation is late (a saturated event loop delays its timer): confirm
  // now, once for all the requests waiting, rather than send each of them to the database.
  // The confirmation begins after this request arrived, so what it vouches for is fresher
  // than the staleness bound requires.
  if (!runtime.cache.isConfirmed(now)) {
    await runtime.watch.check();
    cached = runtime.cache.lookup(publicId, now);
  }
  if (cached.hit) return cached.record;
  // An id no token has is refused here, without a lookup, and not cached: a stream of
  // invented ids neither reaches the database nor pushes real records out of the cache.
  if (!(await runtime.knownIds.mayExist(publicId, now))) return null;
  const record = await runtime.load(publicId);
  runtime.cache.store(publicId, record, cached.generation, Date.now());
  return record;
}

// Answers a client's own refused presentation. A guess is charged to the client's group;
// once the group is over the limit its guesses answer 429 instead of 401. Never called for
// a success, so no amount of guessing next to a valid token makes it fail. `required` is
// what the request needed, named back in a 403.
export async function refuse(
  res: ServerResponse,
  runtime: VerificationRuntime,
  reason: DenyReason,
  clientIp: string,
  required: readonly string[],
): Promise<void> {
  if (COUNTED_FAILURES.has(reason)) {
    const retryAfter = await runtime.limiter.charge(clientIp);
    if (retryAfter > 0) return sendTooManyFailures(res, retryAfter);
  }
  sendDenied(res, reason, required);
}
