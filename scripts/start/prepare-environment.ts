import { httpSettingsFromEnv, type HttpSettings } from "@/lib/config/http-settings";
import { loadOrCreateLocalSecrets } from "@/lib/config/local-secrets";

// Fills in what a single-machine install should not have to configure. Values set in the
// environment always win; scale-out deployments set them all (see README). Refuses to start
// on a setting that is invalid or retired, before anything listens.
export function prepareEnvironment(port: number): HttpSettings {
  const http = httpSettingsFromEnv(process.env);
  const needsLocal =
    !process.env.KEYWARD_TOKEN_HASH_KEY ||
    !process.env.NEXTAUTH_SECRET ||
    !process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (needsLocal) {
    const local = loadOrCreateLocalSecrets();
    process.env.KEYWARD_TOKEN_HASH_KEY ??= local.tokenHashKey;
    process.env.NEXTAUTH_SECRET ??= local.authSecret;
    process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ??= local.serverActionsKey;
  }
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  return http;
}
