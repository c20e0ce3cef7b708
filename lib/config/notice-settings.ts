import { z } from "zod";

// Expiry notices by email (README, "Notices"). Without KEYWARD_SMTP_URL no notice is sent.
export const noticeSettingsShape = {
  KEYWARD_SMTP_URL: z
    .url({ protocol: /^smtps?$/, hostname: /./, error: "not an smtp:// or smtps:// URL with a host" })
    .max(2_048)
    .optional()
    .describe("smtps://user:password@mail.example.com:465 or smtp://user:password@mail.example.com:587"),
  KEYWARD_SMTP_FROM: z
    .email({ error: "not an email address" })
    .max(254)
    .optional()
    .describe("the sender's email address, e.g. keyward@example.com"),
};

// A mail server that accepts the connection and then says nothing must not hold a run forever.
export const SMTP_TIMEOUTS_MS = { connection: 10_000, greeting: 10_000, socket: 30_000 } as const;

export type NoticeSettings = { smtp: { url: string; from: string } | null };

type Keys = keyof typeof noticeSettingsShape;
type Parsed = z.infer<z.ZodObject<typeof noticeSettingsShape>>;

export const readNoticeSettings = {
  // Unset and empty variables both mean "not configured".
  input(env: Record<string, string | undefined>): Record<Keys, string | undefined> {
    return {
      KEYWARD_SMTP_URL: env.KEYWARD_SMTP_URL || undefined,
      KEYWARD_SMTP_FROM: env.KEYWARD_SMTP_FROM || undefined,
    };
  },
  // A server without a sender would have every message refused; said at start, by name.
  problems(parsed: Partial<Parsed>): { variable: Keys; problem: string; expected: string }[] {
    if (!parsed.KEYWARD_SMTP_URL || parsed.KEYWARD_SMTP_FROM) return [];
    return [
      {
        variable: "KEYWARD_SMTP_FROM",
        problem: "not set, while KEYWARD_SMTP_URL is",
        expected: "the sender's email address, e.g. keyward@example.com",
      },
    ];
  },
  output(parsed: Parsed): NoticeSettings {
    const { KEYWARD_SMTP_URL: url, KEYWARD_SMTP_FROM: from } = parsed;
    return { smtp: url && from ? { url, from } : null };
  },
};

export const noticeSettingsSchema = z.object(noticeSettingsShape);
