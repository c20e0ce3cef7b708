import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./same-origin";

describe("isCrossSiteWrite", () => {
  const host = "console.example.com:3000";

  it("lets reads through whatever their origin", () => {
    expect(isCrossSiteWrite("GET", { host, origin: "https://evil.example" })).toBe(false);
    expect(isCrossSiteWrite("HEAD", { host, "sec-fetch-site": "cross-site" })).toBe(false);
  });

  it("accepts a POST from the console's own origin", () => {
    expect(
      isCrossSiteWrite("POST", {
        host,
        origin: "http://console.example.com:3000",
        "sec-fetch-site": "same-origin",
      }),
    ).toBe(false);
  });

  it("refuses a POST from another origin, another port, or an opaque origin", () => {
    expect(isCrossSiteWrite("POST", { host, origin: "https://evil.example" })).toBe(true);
    expect(isCrossSiteWrite("POST", { host, origin: "http://console.example.com:4000" })).toBe(true);
    expect(isCrossSiteWrite("POST", { host, origin: "null" })).toBe(true);
    expect(isCrossSiteWrite("DELETE", { host, origin: "not a url" })).toBe(true);
  });

  it("refuses what the browser itself marks as cross-site", () => {
    expect(isCrossSiteWrite("POST", { host, "sec-fetch-site": "cross-site" })).toBe(true);
  });

  it("leaves clients that send no browser headers to the route's own authentication", () => {
    expect(isCrossSiteWrite("POST", { host })).toBe(false);
  });

  it("compares with the forwarded host behind a proxy", () => {
    expect(
      isCrossSiteWrite("POST", {
        host: "10.0.0.5:3000",
        "x-forwarded-host": "keys.example.com",
        origin: "https://keys.example.com",
      }),
    ).toBe(false);
  });
});
