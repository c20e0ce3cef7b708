import "server-only";
import { config } from "@/lib/config/env";
import type { ScheduledJob } from "@/lib/scheduler/job";
import { smtpMailer } from "./mailer";
import { sendExpiryNotices } from "./send-expiry-notices";

let announcedOff = false;

// Expiry notices by email (README, "Notices"), run by the scheduler. Without
// KEYWARD_SMTP_URL the feature is off, which the log says once rather than at every run.
export const expiryNoticesJob: ScheduledJob = {
  name: "expiry-notices",
  intervalMs: 5 * 60 * 1000,
  async run(signal) {
    const { notices, start } = config();
    if (!notices.smtp) {
      if (!announcedOff) console.info("keyward: expiry notices are off: KEYWARD_SMTP_URL is not set");
      announcedOff = true;
      return;
    }
    const mailer = smtpMailer(notices.smtp);
    try {
      await sendExpiryNotices({ mailer, publicUrl: start.publicUrl, now: () => new Date(), signal });
    } finally {
      mailer.close();
    }
  },
};
