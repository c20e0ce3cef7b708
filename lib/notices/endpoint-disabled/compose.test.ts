import { describe, expect, it } from "vitest";
import { composeEndpointDisabled } from "./compose";

const endpoint = { id: "wh_1", url: "https://hooks.example/in?a=1&b=<2>", accountName: "Acme" };

describe("composeEndpointDisabled", () => {
  it("names the URL as written in the text and escaped in the HTML, with the endpoint's link", () => {
    const message = composeEndpointDisabled(endpoint, "en", "https://keyward.example.com/");
    const link = "https://keyward.example.com/settings/technical/webhooks/wh_1";
    expect(message.subject).toBe("Webhook endpoint https://hooks.example/in?a=1&b=<2> was disabled");
    expect(message.text).toContain(
      "https://hooks.example/in?a=1&b=<2> of the account Acme failed for 24 hours",
    );
    expect(message.text).toContain(`Open the endpoint: ${link}`);
    expect(message.html).toContain("https://hooks.example/in?a=1&amp;b=&lt;2&gt;");
    expect(message.html).not.toContain("<2>");
    expect(message.html).toContain(`href="${link}"`);
  });

  it("speaks the recipient's language", () => {
    expect(composeEndpointDisabled(endpoint, "fr", "https://k.example").text).toContain(
      "ont échoué pendant 24 heures",
    );
    expect(composeEndpointDisabled(endpoint, "es", "https://k.example").subject).toBe(
      "Se ha desactivado el endpoint de webhook https://hooks.example/in?a=1&b=<2>",
    );
  });
});
