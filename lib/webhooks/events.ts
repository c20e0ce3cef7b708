import type { AuditAction } from "@/lib/audit/actions";

// The events an endpoint can subscribe to (README, "Webhooks").
export const WEBHOOK_EVENT_TYPES = [
  "token.created",
  "token.reset",
  "token.revoked",
  "token.deleted",
  "token.disabled",
  "token.enabled",
  "token.expiring",
  "token.expired",
  "api_access.changed",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

// "Send test event": sent to one endpoint whatever it subscribes to.
export const TEST_EVENT_TYPE = "webhook.test";

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly unknown[]).includes(value);
}

// The audited changes that are also webhook events; a duplicate is a new token.
const EVENT_OF_ACTION: Partial<Record<AuditAction, WebhookEventType>> = {
  "token.created": "token.created",
  "token.duplicated": "token.created",
  "token.reset": "token.reset",
  "token.revoked": "token.revoked",
  "token.deleted": "token.deleted",
  "token.disabled": "token.disabled",
  "token.enabled": "token.enabled",
  "account.api_access_enabled": "api_access.changed",
  "account.api_access_disabled": "api_access.changed",
};

export function webhookEventOf(action: AuditAction): WebhookEventType | null {
  return EVENT_OF_ACTION[action] ?? null;
}

// An endpoint's stored subscription (JSON text) as a list, ignoring anything unknown.
export function parseEndpointEvents(stored: string): WebhookEventType[] {
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter(isWebhookEventType) : [];
  } catch {
    return [];
  }
}

export function serializeEndpointEvents(events: readonly WebhookEventType[]): string {
  return JSON.stringify(WEBHOOK_EVENT_TYPES.filter((type) => events.includes(type)));
}
