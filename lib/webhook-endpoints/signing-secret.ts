import "server-only";
import { encryptWebhookSecret, generateWebhookSecret } from "@/lib/webhooks/secret-box";

// A new signing secret: the text shown once, and the sealed form that is stored.
export function newSigningSecret(): { secret: string; secretEncrypted: string } {
  const secret = generateWebhookSecret();
  return { secret, secretEncrypted: encryptWebhookSecret(secret) };
}
