import { isIP } from "node:net";
import { availableParallelism } from "node:os";
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

// What `npm start` needs before anything listens: where to listen, the public URL, the first
// administrator of an empty database, and whether to check the build (README, "Configuration").
export const startSettingsShape = {
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000).describe("an integer from 1 to 65535"),
  HOST: z
    .string()
    .trim()
    .max(253)
    .refine((host) => isIP(host) !== 0 || /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host), {
      message: "neither an IP address nor a host name",
    })
    .default("127.0.0.1")
    .describe("an IP address or host name to listen on, e.g. 127.0.0.1, 0.0.0.0 or ::"),
  NEXTAUTH_URL: z
    .url({ protocol: /^https?$/, error: "not an http:// or https:// URL" })
    .max(2_048)
    .optional()
    .describe("the console's public URL, e.g. https://keyward.example.com"),
  KEYWARD_SKIP_BUILD: z.stringbool().default(false).describe("true or false"),
  // One by default: on the shared 2-core machine measured, a cluster worker cost 1.5-1.9 times the CPU
  // per request of a single process (README, "Deployment guide", item 9).
  KEYWARD_PROCESSES: z
    .union([z.literal("auto"), z.coerce.number().int().min(1).max(1_024)])
    .default(1)
    .describe("auto (one per core) or an integer from 1 to 1024"),
  KEYWARD_ADMIN_EMAIL: z
    .email({ error: "not an email address" })
    .max(254)
    .optional()
    .describe("an email address"),
  KEYWARD_ADMIN_PASSWORD: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `shorter than ${PASSWORD_MIN_LENGTH} characters`)
    .max(PASSWORD_MAX_LENGTH, `longer than ${PASSWORD_MAX_LENGTH} characters`)
    .optional()
    .describe(`a password of ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`),
  KEYWARD_ACCOUNT_NAME: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe("a name of 1 to 100 characters"),
};

export type StartSettings = {
  port: number;
  host: string;
  publicUrl: string;
  skipBuild: boolean;
  // Processes serving the port (README, "Deployment guide"); 1 forks nothing.
  processes: number;
  firstAdmin: { email?: string; password?: string; accountName?: string };
};

type Parsed = z.infer<z.ZodObject<typeof startSettingsShape>>;

export const readStartSettings = {
  // Unset and empty variables both mean "use the default".
  input(
    env: Record<string, string | undefined>,
  ): Record<keyof typeof startSettingsShape, string | undefined> {
    return {
      PORT: env.PORT || undefined,
      HOST: env.HOST?.trim() || undefined,
      NEXTAUTH_URL: env.NEXTAUTH_URL || undefined,
      KEYWARD_SKIP_BUILD: env.KEYWARD_SKIP_BUILD || undefined,
      KEYWARD_PROCESSES: env.KEYWARD_PROCESSES?.trim().toLowerCase() || undefined,
      KEYWARD_ADMIN_EMAIL: env.KEYWARD_ADMIN_EMAIL || undefined,
      KEYWARD_ADMIN_PASSWORD: env.KEYWARD_ADMIN_PASSWORD || undefined,
      KEYWARD_ACCOUNT_NAME: env.KEYWARD_ACCOUNT_NAME || undefined,
    };
  },
  output(parsed: Parsed): StartSettings {
    return {
      port: parsed.PORT,
      host: parsed.HOST,
      publicUrl: parsed.NEXTAUTH_URL ?? `http://localhost:${parsed.PORT}`,
      skipBuild: parsed.KEYWARD_SKIP_BUILD,
      processes: parsed.KEYWARD_PROCESSES === "auto" ? availableParallelism() : parsed.KEYWARD_PROCESSES,
      firstAdmin: {
        email: parsed.KEYWARD_ADMIN_EMAIL,
        password: parsed.KEYWARD_ADMIN_PASSWORD,
        accountName: parsed.KEYWARD_ACCOUNT_NAME,
      },
    };
  },
};
