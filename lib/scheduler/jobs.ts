import "server-only";
import { endpointDisabledNoticesJob, expiryNoticesJob } from "@/lib/notices/job";
import { webhookDeliveryJob, webhookExpiryEventsJob } from "@/lib/webhooks/jobs";
import type { ScheduledJob } from "./job";

// Every job the server runs in the background; register new ones here.
export function scheduledJobs(): ScheduledJob[] {
  return [webhookDeliveryJob(), webhookExpiryEventsJob(), expiryNoticesJob, endpointDisabledNoticesJob];
}
