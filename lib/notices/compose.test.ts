import { describe, expect, it } from "vitest";
import { composeNotice } from "./compose";

const token = {
  id: "tok_1",
  name: `<b>Billing</b> & "sync"`,
  hint: "kw_abc…1234",
  expiresAt: new Date("2026-12-10T14:05:00.000Z"),
  accountName: "Acme",
};

describe("composeNotice", () => {
  it("escapes the token's name in the HTML body and keeps it as written in the text", () => {
    const message = composeNotice("seven_day", token, "en", "https://keyward.example.com");
    expect(message.html).toContain("&lt;b&gt;Billing&lt;/b&gt; &amp; &quot;sync&quot;");
    expect(message.html).not.toContain("<b>Billing");
    expect(message.text).toContain(`“<b>Billing</b> & "sync"” (kw_abc…1234)`);
  });

  it("links to the token's page on the configured public URL", () => {
    const message = composeNotice("same_day", token, "en", "https://keyward.example.com/");
    const link = "https://keyward.example.com/settings/technical/api/tokens/tok_1";
    expect(message.text).toContain(link);
    expect(message.html).toContain(`href="${link}"`);
  });

  it("speaks the recipient's language, dates included", () => {
    expect(composeNotice("seven_day", token, "en", "https://k.example").subject).toBe(
      `Access token “<b>Billing</b> & "sync"” expires on Dec 10, 2026, 2:05 PM UTC`,
    );
    const french = composeNotice("same_day", token, "fr", "https://k.example");
    expect(french.subject).toBe(`Le jeton d’accès « <b>Billing</b> & "sync" » expire aujourd’hui`);
    expect(french.text).toContain("10 déc. 2026, 14:05 UTC");
    expect(composeNotice("same_day", token, "es", "https://k.example").text).toContain("vence hoy");
  });
});
