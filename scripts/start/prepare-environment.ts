import { startConfig, type Config } from "@/lib/config/env";

// Parses every setting (lib/config) before anything else runs, generating the keys a
// single-machine install should not have to invent, then hands Next.js and next-auth, which
// read their own variables from the environment, the values they need. This is the one
// place that writes process.env. A bad setting throws a ConfigError listing every problem.
export function prepareEnvironment(): Config {
  const settings = startConfig();
  // Keyward never phones home; Next.js's anonymous telemetry is off unless asked for.
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  process.env.KEYWARD_TOKEN_HASH_KEY = settings.tokenHashKey;
  process.env.NEXTAUTH_SECRET = settings.authSecret;
  process.env.KEYWARD_AUDIT_KEY = settings.auditKey;
  if (settings.serverActionsKey) process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = settings.serverActionsKey;
  process.env.NEXTAUTH_URL = settings.start.publicUrl;
  return settings;
}
