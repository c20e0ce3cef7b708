import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { config } from "@/lib/config/env";

export const SMTP_USER = "keyward";
export const SMTP_PASSWORD = "smtp-test-password";

// The SQLite and PostgreSQL projects may run at the same time: one port each, in the range
// this suite may use (README, "Tests").
export function smtpPorts(): { listening: number; closed: number } {
  return config().databaseUrl.startsWith("file:")
    ? { listening: 3151, closed: 3153 }
    : { listening: 3152, closed: 3155 };
}

// A real SMTP server on 127.0.0.1 that requires the test credentials, keeps every message
// parsed, and refuses the recipients `refuse` names with a permanent 550.
export async function startSmtpServer(options: { refuse?: (address: string) => boolean } = {}) {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: SMTP_USER });
      else callback(new Error("Invalid username or password"));
    },
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address))
        callback(Object.assign(new Error("No such mailbox"), { responseCode: 550 }));
      else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (message) => {
          messages.push(message);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  const { listening } = smtpPorts();
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(listening, "127.0.0.1", resolve);
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function recipientsOf(message: ParsedMail): string[] {
  const to = Array.isArray(message.to) ? message.to : message.to ? [message.to] : [];
  return to.flatMap((address) => address.value.map((entry) => entry.address ?? ""));
}
