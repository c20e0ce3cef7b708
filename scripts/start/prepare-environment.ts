import { loadOrCreateLocalSecrets } from "@/lib/config/local-secrets";

// Fills in what a single-machine install should not have to configure. Values set in the
// environment always win; scale-out deployments set them all (see README).
export function prepareEnvironment(port: number): { trustProxy: boolean } {
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
  const trust = process.env.KEYWARD_TRUST_PROXY;
  return { trustProxy: trust === "true" || trust === "1" };
}
