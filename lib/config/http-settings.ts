import { z } from "zod";
import { parseCidrList } from "@/lib/tokens/cidr";

// The HTTP front door's knobs (README, "Deployment behind a proxy").
export const httpSettingsShape = {
  // Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed. Empty means none: the
  // socket's peer is the client and the socket decides http or https.
  KEYWARD_TRUSTED_PROXIES: z
    .string()
    .max(4_096)
    .default("")
    .transform((text, ctx) => {
      const parsed = parseCidrList(text);
      if (parsed.ok) return parsed.ranges;
      ctx.addIssue({
        code: "custom",
        message: `KEYWARD_TRUSTED_PROXIES must be a comma-separated list of CIDR ranges; not a range: ${parsed.invalid.slice(0, 3).join(", ")}`,
      });
      return z.NEVER;
    }),
  // How long a stopping instance waits for requests under way before cutting them
  // (README, "Deployment guide": graceful shutdown).
  KEYWARD_SHUTDOWN_GRACE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(300)
    .default(10)
    .describe("seconds, an integer from 0 to 300"),
};

export type HttpSettings = { trustedProxies: readonly string[]; shutdownGraceMs: number };

// The on/off switch this list replaced. Left set, it would silently mean nothing, so the
// start command refuses it by name (lib/config/read-config.ts).
export const RETIRED_TRUST_PROXY_MESSAGE =
  "KEYWARD_TRUST_PROXY is no longer read: list your proxies' addresses in KEYWARD_TRUSTED_PROXIES " +
  "(comma-separated CIDR ranges, e.g. KEYWARD_TRUSTED_PROXIES=10.0.0.5/32) and unset KEYWARD_TRUST_PROXY.";

export const httpSettingsSchema = z.object(httpSettingsShape);

export const readHttpSettings = {
  input(env: Record<string, string | undefined>): Record<keyof typeof httpSettingsShape, string | undefined> {
    return {
      KEYWARD_TRUSTED_PROXIES: env.KEYWARD_TRUSTED_PROXIES || undefined,
      KEYWARD_SHUTDOWN_GRACE_SECONDS: env.KEYWARD_SHUTDOWN_GRACE_SECONDS || undefined,
    };
  },
  output(parsed: z.infer<typeof httpSettingsSchema>): HttpSettings {
    return {
      trustedProxies: parsed.KEYWARD_TRUSTED_PROXIES,
      shutdownGraceMs: parsed.KEYWARD_SHUTDOWN_GRACE_SECONDS * 1000,
    };
  },
};
