import "server-only";
import { z } from "zod";
import { auditKeySchema } from "./audit-key";
import { loadOrCreateLocalSecrets } from "./local-secrets";
import { resolveDatabaseUrl } from "./database-url";
import { readTokenSettings, tokenSettingsShape, type TokenSettings } from "./token-settings";
import { httpSettingsShape, readHttpSettings, type HttpSettings } from "./http-settings";
import {
  readVerificationSettings,
  verificationSettingsShape,
  type VerificationSettings,
} from "./verification-settings";
import { readSignInSettings, signInSettingsShape, type SignInSettings } from "./sign-in-settings";

// Configuration is read once, here, and validated. Every environment variable the
// product understands is listed in the README's configuration table.
const schema = z.object({
  DATABASE_URL: z.string().min(1),
  KEYWARD_TOKEN_HASH_KEY: z.string().min(32, "KEYWARD_TOKEN_HASH_KEY must be at least 32 characters"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  KEYWARD_AUDIT_KEY: auditKeySchema,
  KEYWARD_SESSION_MAX_AGE: z.coerce
    .number()
    .int()
    .min(300)
    .max(2_592_000)
    .default(8 * 60 * 60),
  ...verificationSettingsShape,
  ...signInSettingsShape,
  ...tokenSettingsShape,
  ...httpSettingsShape,
});

export type Config = {
  databaseUrl: string;
  tokenHashKey: string;
  authSecret: string;
  auditKey: string;
  sessionMaxAgeSeconds: number;
  http: HttpSettings;
  verification: VerificationSettings;
  signIn: SignInSettings;
  tokens: TokenSettings;
};

function readConfig(): Config {
  const needsLocal =
    !process.env.KEYWARD_TOKEN_HASH_KEY || !process.env.NEXTAUTH_SECRET || !process.env.KEYWARD_AUDIT_KEY;
  const local = needsLocal ? loadOrCreateLocalSecrets() : undefined;
  const parsed = schema.parse({
    DATABASE_URL: resolveDatabaseUrl(process.env.DATABASE_URL),
    KEYWARD_TOKEN_HASH_KEY: process.env.KEYWARD_TOKEN_HASH_KEY ?? local?.tokenHashKey,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? local?.authSecret,
    KEYWARD_AUDIT_KEY: process.env.KEYWARD_AUDIT_KEY ?? local?.auditKey,
    KEYWARD_SESSION_MAX_AGE: process.env.KEYWARD_SESSION_MAX_AGE || undefined,
    ...readVerificationSettings.input(process.env),
    ...readSignInSettings.input(process.env),
    ...readTokenSettings.input(process.env),
    ...readHttpSettings.input(process.env),
  });
  return {
    databaseUrl: parsed.DATABASE_URL,
    tokenHashKey: parsed.KEYWARD_TOKEN_HASH_KEY,
    authSecret: parsed.NEXTAUTH_SECRET,
    auditKey: parsed.KEYWARD_AUDIT_KEY,
    sessionMaxAgeSeconds: parsed.KEYWARD_SESSION_MAX_AGE,
    http: readHttpSettings.output(parsed),
    verification: readVerificationSettings.output(parsed),
    signIn: readSignInSettings.output(parsed),
    tokens: readTokenSettings.output(parsed),
  };
}

let cached: Config | undefined;

export function config(): Config {
  cached ??= readConfig();
  return cached;
}
