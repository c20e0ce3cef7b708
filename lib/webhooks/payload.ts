import { randomBytes } from "node:crypto";

// Bodies beyond this are refused when queued: receivers should not have to accept more, and
// Keyward's own events are far smaller.
export const MAX_PAYLOAD_BYTES = 64 * 1024;

export type WebhookPayload = { type: string; timestamp: string; data: Record<string, unknown> };

// The Standard Webhooks body: { type, timestamp (ISO 8601), data }.
export function webhookBody(type: string, at: Date, data: Record<string, unknown>): string {
  const body = JSON.stringify({ type, timestamp: at.toISOString(), data } satisfies WebhookPayload);
  if (Buffer.byteLength(body) > MAX_PAYLOAD_BYTES)
    throw new Error(`webhook payload over ${MAX_PAYLOAD_BYTES} bytes`);
  return body;
}

// The `webhook-id`: unique per event, the same on every attempt and every endpoint.
export function newEventId(): string {
  return `msg_${randomBytes(16).toString("base64url")}`;
}
