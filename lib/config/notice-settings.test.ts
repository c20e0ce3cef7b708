import { describe, expect, it } from "vitest";
import { noticeSettingsSchema, readNoticeSettings } from "./notice-settings";

const parse = (env: Record<string, string | undefined>) =>
  noticeSettingsSchema.safeParse(readNoticeSettings.input(env));

describe("notice settings", () => {
  it("are off without an SMTP URL, empty or unset", () => {
    for (const env of [{}, { KEYWARD_SMTP_URL: "", KEYWARD_SMTP_FROM: "" }]) {
      const parsed = parse(env);
      expect(parsed.success && readNoticeSettings.output(parsed.data)).toEqual({ smtp: null });
    }
  });

  it.each(["smtp://user:secret@mail.example.com:587", "smtps://mail.example.com"])("read %s", (url) => {
    const parsed = parse({ KEYWARD_SMTP_URL: url, KEYWARD_SMTP_FROM: "keyward@example.com" });
    expect(parsed.success && readNoticeSettings.output(parsed.data)).toEqual({
      smtp: { url, from: "keyward@example.com" },
    });
  });

  it.each(["http://mail.example.com", "mail.example.com:25", "smtp://"])("refuse the URL %j", (url) => {
    expect(parse({ KEYWARD_SMTP_URL: url, KEYWARD_SMTP_FROM: "keyward@example.com" }).success).toBe(false);
  });

  it("refuse a sender that is not an email address", () => {
    expect(parse({ KEYWARD_SMTP_FROM: "Keyward" }).success).toBe(false);
  });

  it("name the missing sender when a URL is set, without echoing the URL", () => {
    const parsed = parse({ KEYWARD_SMTP_URL: "smtp://user:secret@mail.example.com" });
    expect(parsed.success).toBe(true);
    const problems = parsed.success ? readNoticeSettings.problems(parsed.data) : [];
    expect(problems.map((problem) => problem.variable)).toEqual(["KEYWARD_SMTP_FROM"]);
    expect(JSON.stringify(problems)).not.toContain("secret");
  });
});
