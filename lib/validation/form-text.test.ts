import { describe, expect, it } from "vitest";
import { charCount, plainTextName } from "./form-text";
import { NAME_MESSAGES } from "./messages";

const name = plainTextName(NAME_MESSAGES, 5);
const errorOf = (value: unknown) => name.safeParse(value).error?.issues.map((issue) => issue.message);

describe("charCount", () => {
  it("counts characters as people see them, not UTF-16 units", () => {
    expect(charCount("abc")).toBe(3);
    expect(charCount("😀😀")).toBe(2);
    expect("😀😀".length).toBe(4);
  });
});

describe("plainTextName", () => {
  it("trims, and counts the limit in characters", () => {
    expect(name.parse("  Pat  ")).toBe("Pat");
    expect(name.parse("😀😀😀😀😀")).toBe("😀😀😀😀😀");
    expect(errorOf("abcdef")).toEqual([NAME_MESSAGES.tooLong]);
  });

  it("answers a missing or blank field with the name's own message", () => {
    expect(errorOf(undefined)).toEqual([NAME_MESSAGES.required]);
    expect(errorOf(null)).toEqual([NAME_MESSAGES.required]);
    expect(errorOf("   ")).toEqual([NAME_MESSAGES.required]);
  });

  it("refuses line breaks and invisible characters", () => {
    expect(errorOf("a\nb")).toEqual([NAME_MESSAGES.unsafeCharacters]);
    expect(errorOf("a\u200bb")).toEqual([NAME_MESSAGES.unsafeCharacters]);
  });
});
