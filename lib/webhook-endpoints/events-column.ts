import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./event-types";

// The endpoint's events as stored (a JSON array), in the list's order; anything the column
// holds that is not a known event type is dropped rather than shown.
export function parseEvents(column: string): WebhookEventType[] {
  let stored: unknown;
  try {
    stored = JSON.parse(column);
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  return WEBHOOK_EVENT_TYPES.filter((type) => stored.includes(type));
}
