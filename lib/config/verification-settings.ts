import { z } from "zod";
import { shapeInput } from "./shape-input";

// The verification service's knobs (README, "Verification API"). Defaults suit one instance
// on SQLite; every one of them is safe to leave unset.
export const verificationSettingsShape = {
  // How often an instance asks the database whether anything changed elsewhere: the bound
  // on how long another instance's revocation can go unseen here.
  KEYWARD_VERIFY_STALENESS_MS: z.coerce.number().int().min(50).max(60_000).default(500),
  // Longest a cached token record is trusted even when no change was seen (a backstop for
  // rows edited outside Keyward).
  KEYWARD_VERIFY_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  KEYWARD_VERIFY_CACHE_MAX_ENTRIES: z.coerce.number().int().min(100).max(10_000_000).default(200_000),
  // Last used time and address are written at most this often per token.
  KEYWARD_LAST_USED_FLUSH_SECONDS: z.coerce.number().int().min(1).max(3_600).default(30),
  // Hourly counts per token and outcome, and its recent client addresses (README, "Usage").
  // Off leaves last-used alone; it exists so the benchmark can measure what counting costs.
  KEYWARD_USAGE_COUNTING: z.stringbool().default(true),
  // Unknown or malformed tokens tolerated per client address and window before 429.
  KEYWARD_VERIFY_FAILURE_LIMIT: z.coerce.number().int().min(1).max(1_000_000_000).default(20),
  KEYWARD_VERIFY_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  // IPv6 clients are counted per network of this many leading bits: one home or virtual
  // machine usually holds a whole /64. Below /16 one limit would cover entire providers.
  KEYWARD_VERIFY_IPV6_PREFIX: z.coerce.number().int().min(16).max(128).default(64),
  // When set, failure counts live in Redis and are shared by every instance (takes
  // precedence over PostgreSQL, which shares them too).
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: "REDIS_URL must be a redis:// or rediss:// URL" })
    .optional(),
};

export type VerificationSettings = {
  stalenessMs: number;
  cacheTtlMs: number;
  cacheMaxEntries: number;
  lastUsedFlushMs: number;
  usageCounting: boolean;
  failureLimit: number;
  failureWindowMs: number;
  ipv6Prefix: number;
  redisUrl: string | undefined;
};

type Keys = keyof typeof verificationSettingsShape;
type Parsed = z.infer<z.ZodObject<typeof verificationSettingsShape>>;

export const readVerificationSettings = {
  input(env: Record<string, string | undefined>): Record<Keys, string | undefined> {
    return shapeInput(verificationSettingsShape, env);
  },
  output(parsed: Parsed): VerificationSettings {
    return {
      stalenessMs: parsed.KEYWARD_VERIFY_STALENESS_MS,
      cacheTtlMs: parsed.KEYWARD_VERIFY_CACHE_TTL_SECONDS * 1000,
      cacheMaxEntries: parsed.KEYWARD_VERIFY_CACHE_MAX_ENTRIES,
      lastUsedFlushMs: parsed.KEYWARD_LAST_USED_FLUSH_SECONDS * 1000,
      usageCounting: parsed.KEYWARD_USAGE_COUNTING,
      failureLimit: parsed.KEYWARD_VERIFY_FAILURE_LIMIT,
      failureWindowMs: parsed.KEYWARD_VERIFY_FAILURE_WINDOW_SECONDS * 1000,
      ipv6Prefix: parsed.KEYWARD_VERIFY_IPV6_PREFIX,
      redisUrl: parsed.REDIS_URL,
    };
  },
};

export const verificationSettingsSchema = z.object(verificationSettingsShape);
