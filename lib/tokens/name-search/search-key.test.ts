import { describe, expect, it } from "vitest";
import { searchKey, searchQueryKey } from "./search-key";

// A name is found when the key of the query is part of the key of the name.
const finds = (query: string, name: string) => searchKey(name).includes(searchQueryKey(query));

describe("searchKey", () => {
  it("ignores case and accents", () => {
    expect(searchKey("Équipe Billing")).toBe("equipe billing");
    expect(finds("equipe", "Équipe")).toBe(true);
    expect(finds("ACCES", "accès")).toBe(true);
    expect(finds("accès", "ACCES")).toBe(true);
    expect(finds("nino", "Niño")).toBe(true);
    expect(finds("lodz", "Łódź")).toBe(true);
    expect(finds("tieng viet", "Tiếng Việt")).toBe(true);
  });

  it("folds ß, ligatures and letters that do not decompose as people type them", () => {
    expect(finds("strasse", "Straße")).toBe(true);
    expect(finds("STRASSE", "straße")).toBe(true);
    expect(finds("straße", "STRASSE")).toBe(true);
    expect(searchKey("ẞ")).toBe("ss");
    expect(finds("office", "Oﬃce")).toBe(true);
    expect(finds("oeuvre", "Œuvre")).toBe(true);
    expect(finds("aero", "Ærø")).toBe(true);
    expect(finds("istanbul", "İSTANBUL")).toBe(true);
    expect(finds("οδος", "ΟΔΟΣ")).toBe(true);
  });

  it("folds compatibility forms: fullwidth letters and digits, units", () => {
    expect(searchKey("ＡＰＩ１")).toBe("api1");
    expect(searchKey("5 ㎒")).toBe("5 mhz");
  });

  it("keeps scripts whose letters are not accents intact", () => {
    expect(searchKey("한국어 토큰")).toBe("한국어 토큰");
    expect(finds("토큰", "한국어 토큰")).toBe(true);
    expect(searchKey("Заказы")).toBe("заказы");
  });

  it("collapses and trims whitespace", () => {
    expect(searchKey("  Partner \t  sync ")).toBe("partner sync");
    expect(finds("partner   sync", "Partner sync")).toBe(true);
  });

  it("holds no character a LIKE pattern treats specially", () => {
    const key = searchKey("100% of a_b\\c");
    expect(key).not.toMatch(/[%_\\]/);
    expect(finds("0%", "100% done")).toBe(true);
    expect(finds("0%", "1000 done")).toBe(false);
    expect(finds("a_b", "a_b")).toBe(true);
    expect(finds("a_b", "axb")).toBe(false);
    expect(finds("\\", "back\\slash")).toBe(true);
    expect(finds("％", "100% done")).toBe(true);
  });

  it("limits a query to the longest name", () => {
    expect(Array.from(searchQueryKey(`  ${"é".repeat(150)}  `))).toHaveLength(100);
    expect(searchQueryKey("   ")).toBe("");
  });
});
