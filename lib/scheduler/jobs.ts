import "server-only";
import { webhookDeliveryJob, webhookExpiryEventsJob } from "@/lib/webhooks/jobs";
import type { ScheduledJob } from "./job";

// Every job the server runs in the background; register new ones here (expiry notices).
export function scheduledJobs(): ScheduledJob[] {
  return [webhookDeliveryJob(), webhookExpiryEventsJob()];
}
