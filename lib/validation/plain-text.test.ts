import { describe, expect, it } from "vitest";
import { hasUnsafeCharacters, hasUnsafeCharactersInLines, normalizeLineBreaks } from "./plain-text";

const REFUSED: Array<[string, string]> = [
  ["NUL", "\u0000"],
  ["a tab", "\t"],
  ["a line feed", "\n"],
  ["a carriage return", "\r"],
  ["DEL", "\u007f"],
  ["a C1 control (NEL)", "\u0085"],
  ["the soft hyphen", "\u00ad"],
  ["left-to-right embedding", "\u202a"],
  ["right-to-left embedding", "\u202b"],
  ["pop directional formatting", "\u202c"],
  ["left-to-right override", "\u202d"],
  ["right-to-left override", "\u202e"],
  ["left-to-right isolate", "\u2066"],
  ["right-to-left isolate", "\u2067"],
  ["first strong isolate", "\u2068"],
  ["pop directional isolate", "\u2069"],
  ["the zero-width space", "\u200b"],
  ["the zero-width non-joiner", "\u200c"],
  ["the zero-width joiner", "\u200d"],
  ["the byte-order mark", "\ufeff"],
  ["the right-to-left mark", "\u200f"],
  ["the word joiner", "\u2060"],
  ["the Arabic letter mark", "\u061c"],
  ["a tag character", "\u{e0041}"],
  ["the line separator", "\u2028"],
  ["the paragraph separator", "\u2029"],
  ["a lone surrogate", "\ud800"],
];

describe("hasUnsafeCharacters", () => {
  it.each(REFUSED)("refuses %s inside a name", (_name, character) => {
    expect(hasUnsafeCharacters(`Billing${character}sync`)).toBe(true);
  });

  it.each([
    "CRM sync",
    "Synchronisation des prospects — été",
    "Sincronización (producción)",
    "販売データ連携",
    "مزامنة العملاء",
    "Zapier 🚀 bridge",
    "<script>alert(1)</script>",
    '\'; DROP TABLE "ApiToken";--',
    "non\u00a0breaking space",
  ])("accepts %j", (text) => {
    expect(hasUnsafeCharacters(text)).toBe(false);
  });
});

describe("hasUnsafeCharactersInLines", () => {
  it("accepts line feeds, the line breaks of a textarea", () => {
    expect(hasUnsafeCharactersInLines("Nightly import\nfrom the CRM")).toBe(false);
  });

  it.each(REFUSED.filter(([name]) => name !== "a line feed"))("refuses %s", (_name, character) => {
    expect(hasUnsafeCharactersInLines(`Nightly${character}import`)).toBe(true);
  });
});

describe("normalizeLineBreaks", () => {
  it("stores a browser's CRLF as LF and leaves a lone CR for the check to refuse", () => {
    expect(normalizeLineBreaks("one\r\ntwo\r\nthree")).toBe("one\ntwo\nthree");
    expect(hasUnsafeCharactersInLines(normalizeLineBreaks("one\rtwo"))).toBe(true);
  });
});
