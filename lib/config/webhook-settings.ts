import { z } from "zod";
import { shapeInput } from "./shape-input";
import { parseAllowList, type WebhookAllowList } from "@/lib/webhooks/ssrf/allow-list";

// Webhook delivery knobs (README, "Webhooks"). Unset, only https URLs that resolve to public
// addresses are accepted.
export const webhookSettingsShape = {
  // Hosts a webhook may reach although plain http or a private, loopback or link-local
  // address would otherwise be refused: host names, IP addresses or CIDR ranges.
  KEYWARD_WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .max(4_096)
    .default("")
    .transform((text, ctx) => {
      const parsed = parseAllowList(text);
      if (parsed.ok) return parsed.list;
      ctx.addIssue({
        code: "custom",
        message: `KEYWARD_WEBHOOK_ALLOWED_HOSTS must be a comma-separated list of host names, IP addresses or CIDR ranges; not one: ${parsed.invalid.slice(0, 3).join(", ")}`,
      });
      return z.NEVER;
    }),
  // Longest a delivery attempt may take, connection and response together.
  KEYWARD_WEBHOOK_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .default(10)
    .describe("seconds, an integer from 1 to 10"),
  // How often each instance looks for due deliveries (only the lock holder sends).
  KEYWARD_WEBHOOK_POLL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(300)
    .default(5)
    .describe("seconds, an integer from 1 to 300"),
};

export type WebhookSettings = { allowList: WebhookAllowList; timeoutMs: number; pollMs: number };

type Keys = keyof typeof webhookSettingsShape;

export const webhookSettingsSchema = z.object(webhookSettingsShape);

export const readWebhookSettings = {
  input(env: Record<string, string | undefined>): Record<Keys, string | undefined> {
    return shapeInput(webhookSettingsShape, env);
  },
  output(parsed: z.infer<typeof webhookSettingsSchema>): WebhookSettings {
    return {
      allowList: parsed.KEYWARD_WEBHOOK_ALLOWED_HOSTS,
      timeoutMs: parsed.KEYWARD_WEBHOOK_TIMEOUT_SECONDS * 1000,
      pollMs: parsed.KEYWARD_WEBHOOK_POLL_SECONDS * 1000,
    };
  },
};
