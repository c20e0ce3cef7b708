import "server-only";
import nodemailer from "nodemailer";
import { SMTP_TIMEOUTS_MS } from "@/lib/config/notice-settings";
import type { NoticeMessage } from "./compose";

export type Mailer = {
  send: (to: string, message: NoticeMessage) => Promise<void>;
  close: () => void;
};

// Why a send failed, without the server's own words (they may echo an address or a
// credential): "refused" when the server answered the recipient with a rejection, so the
// next recipient may still go through; "unreachable" when no conversation took place.
export class SendFailure extends Error {
  constructor(
    readonly reason: "refused" | "unreachable",
    readonly code: string,
  ) {
    super(`mail ${reason} (${code})`);
    this.name = "SendFailure";
  }
}

function failure(error: unknown): SendFailure {
  const details = (typeof error === "object" && error !== null ? error : {}) as {
    code?: unknown;
    responseCode?: unknown;
  };
  const code = typeof details.code === "string" ? details.code : "EUNKNOWN";
  // A permanent answer about this message (5xx to its recipient or its content); a refused
  // login or a temporary 4xx concerns every message, and waits for the next run.
  if (typeof details.responseCode === "number" && details.responseCode >= 500 && code !== "EAUTH")
    return new SendFailure("refused", `${code} ${details.responseCode}`);
  return new SendFailure("unreachable", code);
}

// SMTP through nodemailer, with the URL's credentials; timeouts on every phase so a silent
// server cannot hold a run; nodemailer's own logging off (it would print the envelope).
export function smtpMailer(smtp: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport({
    url: smtp.url,
    connectionTimeout: SMTP_TIMEOUTS_MS.connection,
    greetingTimeout: SMTP_TIMEOUTS_MS.greeting,
    socketTimeout: SMTP_TIMEOUTS_MS.socket,
    logger: false,
    debug: false,
  });
  return {
    async send(to, message) {
      try {
        await transport.sendMail({ from: smtp.from, to, ...message });
      } catch (error) {
        throw failure(error);
      }
    },
    close: () => transport.close(),
  };
}
