import { availableParallelism } from "node:os";
import { z } from "zod";

// Sign-in's knobs (README, "Sign-in protection"). The throttle's delays are policy, in
// lib/auth/login-throttle.policy.ts; these only size the password-hashing queue.
export const signInSettingsShape = {
  // Password hashes computed at once. argon2id is CPU- and memory-bound, so more than one
  // per core only makes every sign-in slower.
  KEYWARD_SIGNIN_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
  // Sign-ins allowed to wait for a free slot; beyond it the form says the server is busy.
  KEYWARD_SIGNIN_QUEUE: z.coerce.number().int().min(0).max(10_000).default(32),
  KEYWARD_SIGNIN_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
};

export type SignInSettings = { concurrency: number; maxQueue: number; maxWaitMs: number };

type Keys = keyof typeof signInSettingsShape;
type Parsed = z.infer<z.ZodObject<typeof signInSettingsShape>>;

export const readSignInSettings = {
  // Unset and empty variables both mean "use the default".
  input(env: Record<string, string | undefined>): Record<Keys, string | undefined> {
    return {
      KEYWARD_SIGNIN_CONCURRENCY: env.KEYWARD_SIGNIN_CONCURRENCY || undefined,
      KEYWARD_SIGNIN_QUEUE: env.KEYWARD_SIGNIN_QUEUE || undefined,
      KEYWARD_SIGNIN_QUEUE_TIMEOUT_MS: env.KEYWARD_SIGNIN_QUEUE_TIMEOUT_MS || undefined,
    };
  },
  output(parsed: Parsed): SignInSettings {
    return {
      concurrency: parsed.KEYWARD_SIGNIN_CONCURRENCY ?? availableParallelism(),
      maxQueue: parsed.KEYWARD_SIGNIN_QUEUE,
      maxWaitMs: parsed.KEYWARD_SIGNIN_QUEUE_TIMEOUT_MS,
    };
  },
};

export const signInSettingsSchema = z.object(signInSettingsShape);
