import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "./catalogs";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

// Nothing left behind: every language has exactly English's keys, every message is valid ICU,
// and each translation takes the same placeholders (name and kind) as the English one.

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "text",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
  [TYPE.tag]: "tag",
};

// "name:kind" for every placeholder, however deep in plural or select branches.
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    const kind = KIND[element.type];
    if (kind && "value" in element && typeof element.value === "string")
      found.add(`${element.value}:${kind}`);
    if ("options" in element) {
      for (const option of Object.values(element.options)) placeholders(option.value, found);
    }
    if (element.type === TYPE.tag) placeholders(element.children, found);
  }
  return found;
}

const reference = flatten(CATALOGS[DEFAULT_LOCALE] as Tree);

describe("message catalogs", () => {
  it("has some messages to compare", () => {
    expect(reference.size).toBeGreaterThan(100);
  });

  describe.each(LOCALES.filter((locale) => locale !== DEFAULT_LOCALE))("%s", (locale) => {
    const catalog = flatten(CATALOGS[locale] as Tree);

    it("has exactly the English keys", () => {
      expect([...catalog.keys()].sort()).toEqual([...reference.keys()].sort());
    });

    it("takes the same placeholders as English in every message", () => {
      const mismatches = [...reference].flatMap(([key, english]) => {
        const translated = catalog.get(key);
        if (translated === undefined) return [];
        const want = [...placeholders(parse(english))].sort();
        const got = [...placeholders(parse(translated))].sort();
        return JSON.stringify(want) === JSON.stringify(got) ? [] : [{ key, want, got }];
      });
      expect(mismatches).toEqual([]);
    });

    it("translates rather than copies whole sentences", () => {
      // A sentence left in English is a forgotten translation; short shared words (API,
      // Actions, Notifications) may legitimately be the same.
      const copied = [...catalog].filter(
        ([key, text]) => text === reference.get(key) && text.split(" ").length > 3,
      );
      expect(copied).toEqual([]);
    });
  });

  it.each(LOCALES)("%s: every message is valid ICU with plural branches for 'other'", (locale) => {
    for (const [key, text] of flatten(CATALOGS[locale] as Tree)) {
      const ast = (() => {
        try {
          return parse(text);
        } catch (error) {
          throw new Error(`${locale} ${key}: ${String(error)}`);
        }
      })();
      for (const element of ast) {
        if (element.type === TYPE.plural)
          expect(Object.keys(element.options), `${locale} ${key}`).toContain("other");
      }
    }
  });
});
