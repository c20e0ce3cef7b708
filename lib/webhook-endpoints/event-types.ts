// TEMPORARY until webhooks-core is merged: replaced by a re-export of its event types.
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
