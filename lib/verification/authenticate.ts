import "server-only";
import { decideToken, type DenyReason, type TokenDecision } from "@/lib/tokens/verify-token";
import type { VerificationRecord } from "./load-token-record";
import type { VerificationRuntime } from "./runtime";

export type Authentication = { decision: TokenDecision; record: VerificationRecord | null };

// Only guesses count towards the per-address limit: a typo or an invented token. A real
// token that is disabled or expired is not an attack on the token space.
const COUNTED_FAILURES: ReadonlySet<DenyReason> = new Set(["malformed", "unknown"]);

// The token in `Authorization: Bearer …`, or null when there is no such header. Tokens are
// accepted nowhere else (never in a URL). Another scheme is passed on whole, so it is
// judged malformed.
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined || header.trim() === "" || header.trim().toLowerCase() === "bearer") return null;
  if (header.length < 7 || header.slice(0, 7).toLowerCase() !== "bearer ") return header;
  return header.slice(7).trim();
}

// Decides a presented token through the cache, then does the bookkeeping: a guess counts
// against the address, a success is noted for last-used. A database failure propagates
// (the endpoint answers 503).
export async function authenticate(
  runtime: VerificationRuntime,
  raw: string | null,
  clientIp: string,
  now: Date,
): Promise<Authentication> {
  let record: VerificationRecord | null = null;
  const decision = await decideToken({ raw, clientIp, now, hashKey: runtime.hashKey }, async (publicId) => {
    record = await cachedLoad(runtime, publicId, now.getTime());
    return record;
  });
  if (!decision.ok && COUNTED_FAILURES.has(decision.reason))
    runtime.limiter.recordFailure(clientIp, now.getTime());
  if (decision.ok) runtime.lastUsed.note(decision.token.id, clientIp, now);
  return { decision, record };
}

async function cachedLoad(
  runtime: VerificationRuntime,
  publicId: string,
  now: number,
): Promise<VerificationRecord | null> {
  const cached = runtime.cache.lookup(publicId, now);
  if (cached.hit) return cached.record;
  const record = await runtime.load(publicId);
  runtime.cache.store(publicId, record, cached.generation, Date.now());
  return record;
}
