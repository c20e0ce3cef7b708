import "server-only";
// TEMPORARY until webhooks-core commits lib/webhooks: stand-ins with its signatures
// (lib/webhooks/ssrf/validate-url.ts, secret-box.ts, outbox.ts), replaced by its modules.
import type { DbTransaction } from "@/lib/db/client";

export type WebhookUrlError =
  | "urlRequired"
  | "urlTooLong"
  | "urlInvalid"
  | "urlScheme"
  | "urlCredentials"
  | "urlHttpNotAllowed"
  | "urlUnresolvable"
  | "urlPrivateAddress";

export async function validateWebhookUrl(
  text: string,
): Promise<{ ok: true } | { ok: false; error: WebhookUrlError }> {
  return new URL(text).protocol === "https:" ? { ok: true } : { ok: false, error: "urlHttpNotAllowed" };
}
export const generateWebhookSecret = () => "whsec_stub";
export const encryptWebhookSecret = (secret: string) => secret;
export async function queueTestEvent(
  tx: DbTransaction,
  endpointId: string,
  accountId: string,
): Promise<null> {
  void tx;
  void endpointId;
  void accountId;
  return null;
}
