import type { WebhookEventType } from "@/lib/webhooks/events";

// What the Webhooks screen receives of an endpoint and its deliveries. Never the signing
// secret, except IssuedSigningSecret, returned once by create and rotate.
export type IssuedSigningSecret = { endpointId: string; secret: string };

export type EndpointDto = {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  // Disabled by Keyward after failing for 24 hours, rather than by a person.
  disabledForFailing: boolean;
  createdAt: string;
};

export const DELIVERY_STATUSES = ["queued", "retrying", "delivered", "abandoned"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export type DeliveryDto = {
  id: string;
  // A stored string: "webhook.test" or an event type of a newer version reads as it is.
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastResponseCode: number | null;
  createdAt: string;
  // Only while another attempt is planned.
  nextAttemptAt: string | null;
};

export type DeliveryPage = {
  deliveries: DeliveryDto[];
  page: number;
  pages: number;
  total: number;
  pageSize: number;
};
