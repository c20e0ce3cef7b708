import { describe, expect, it } from "vitest";
import { readWebhookSettings, webhookSettingsSchema } from "./webhook-settings";

const parse = (env: Record<string, string | undefined>) =>
  webhookSettingsSchema.safeParse(readWebhookSettings.input(env));

describe("webhook settings", () => {
  it("allow no extra host, a 10-second attempt and a 5-second poll by default", () => {
    for (const env of [{}, { KEYWARD_WEBHOOK_ALLOWED_HOSTS: "", KEYWARD_WEBHOOK_TIMEOUT_SECONDS: "" }]) {
      const parsed = parse(env);
      expect(parsed.success && readWebhookSettings.output(parsed.data)).toEqual({
        allowList: { hosts: [], ranges: [] },
        timeoutMs: 10_000,
        pollMs: 5_000,
      });
    }
  });

  it("read allowed hosts, addresses and ranges", () => {
    const parsed = parse({ KEYWARD_WEBHOOK_ALLOWED_HOSTS: "hooks.internal,127.0.0.1,10.0.0.0/8" });
    expect(parsed.success && readWebhookSettings.output(parsed.data).allowList).toEqual({
      hosts: ["hooks.internal"],
      ranges: ["127.0.0.1/32", "10.0.0.0/8"],
    });
  });

  it("name the entries they cannot read, and refuse an attempt over 10 seconds", () => {
    const parsed = parse({ KEYWARD_WEBHOOK_ALLOWED_HOSTS: "ok.example, https://x/" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain("not one: https://x/");
    expect(parse({ KEYWARD_WEBHOOK_TIMEOUT_SECONDS: "11" }).success).toBe(false);
    expect(parse({ KEYWARD_WEBHOOK_POLL_SECONDS: "0" }).success).toBe(false);
  });
});
