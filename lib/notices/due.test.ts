import { describe, expect, it } from "vitest";
import { dueNotice, SAME_DAY_MS, SEVEN_DAY_MS } from "./due";

const now = new Date("2026-12-03T18:00:00.000Z");
const at = (ms: number) => new Date(now.getTime() + ms);

describe("dueNotice", () => {
  it.each([
    ["already expired", 0, null],
    ["expiring in a millisecond", 1, "same_day"],
    ["expiring in exactly 24 hours", SAME_DAY_MS, "same_day"],
    ["expiring a millisecond after 24 hours", SAME_DAY_MS + 1, "seven_day"],
    ["expiring in exactly 7 days", SEVEN_DAY_MS, "seven_day"],
    ["expiring a millisecond after 7 days", SEVEN_DAY_MS + 1, null],
    ["expired an hour ago", -3_600_000, null],
  ] as const)("%s → %s", (_label, offset, expected) => {
    expect(dueNotice(at(offset), now)).toBe(expected);
  });

  it("is never due for a token without expiry", () => {
    expect(dueNotice(null, now)).toBeNull();
  });
});
