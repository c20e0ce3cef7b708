import "server-only";
// TEMPORARY until webhooks-core is merged: the engine's functions this screen uses.
export type UrlVerdict = { ok: true } | { ok: false; reason: "not_https" | "not_allowed" };
export async function validateWebhookUrl(url: string): Promise<UrlVerdict> {
  return new URL(url).protocol === "https:" ? { ok: true } : { ok: false, reason: "not_https" };
}
export function newSigningSecret(): { secret: string; secretEncrypted: string } {
  return { secret: "whsec_x", secretEncrypted: "x" };
}
import type { DbTransaction } from "@/lib/db/client";
export async function queueTestEvent(
  _tx: DbTransaction,
  _endpoint: { id: string; accountId: string },
): Promise<void> {}
