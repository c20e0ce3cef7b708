import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale (Accept-Language → console language)", () => {
  it.each([
    [undefined, "en"],
    [null, "en"],
    ["", "en"],
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["es-419,es;q=0.9", "es"],
    ["fr-CA", "fr"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,de;q=0.9", "en"],
    ["de-DE,es;q=0.5", "es"],
    ["en;q=0.1,fr;q=0.8", "fr"],
    ["es;q=0,fr;q=0.2", "fr"],
    ["*", "en"],
    ["FR-fr", "fr"],
  ])("%j → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it.each(["en_US", "x", "zz-!!", "fr;q=abc", ";;;,,,", "a".repeat(5000), "é,ñ"])(
    "falls back without throwing on a malformed header %#",
    (header) => {
      expect(["en", "fr", "es"]).toContain(negotiateLocale(header));
    },
  );

  it("ignores what comes after the first kilobyte of a hostile header", () => {
    expect(negotiateLocale(`${"de;q=0.9,".repeat(200)}fr`)).toBe("en");
  });
});
