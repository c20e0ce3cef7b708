import "server-only";
import { config } from "@/lib/config/env";
import type { ScheduledJob } from "@/lib/scheduler/job";
import { sendEndpointDisabledNotices } from "./endpoint-disabled/send";
import { smtpMailer } from "./mailer";
import { sendExpiryNotices, type NoticeRunOptions } from "./send-expiry-notices";

// A job that sends notices by email, run by the scheduler. Without KEYWARD_SMTP_URL the
// feature is off, which the log says once rather than at every run.
function mailJob(
  name: string,
  what: string,
  send: (options: NoticeRunOptions) => Promise<unknown>,
): ScheduledJob {
  let announcedOff = false;
  return {
    name,
    intervalMs: 5 * 60 * 1000,
    async run(signal) {
      const { notices, start } = config();
      if (!notices.smtp) {
        if (!announcedOff) console.info(`keyward: ${what} are off: KEYWARD_SMTP_URL is not set`);
        announcedOff = true;
        return;
      }
      const mailer = smtpMailer(notices.smtp);
      try {
        await send({ mailer, publicUrl: start.publicUrl, now: () => new Date(), signal });
      } finally {
        mailer.close();
      }
    },
  };
}

// Expiry notices (README, "Notices").
export const expiryNoticesJob = mailJob("expiry-notices", "expiry notices", sendExpiryNotices);

// The notice to administrators that an endpoint was disabled after 24 hours of failures.
export const endpointDisabledNoticesJob = mailJob(
  "endpoint-disabled-notices",
  "disabled endpoint notices",
  sendEndpointDisabledNotices,
);
