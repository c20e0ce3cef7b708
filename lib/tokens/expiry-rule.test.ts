import { describe, expect, it } from "vitest";
import { expiryAllowed, expiryRuleFor, latestCustomDate, latestExpiry, presetAllowed } from "./expiry-rule";

const NOW = new Date("2026-06-15T12:00:00Z");

describe("expiryRuleFor", () => {
  it("lets administrators choose No expiration, bounded to ten years otherwise", () => {
    expect(expiryRuleFor("administrator", 30)).toEqual({ allowNever: true, maxDays: 3650 });
  });

  it.each(["implementation_specialist", "support_staff", "member"] as const)(
    "holds %s to the configured lifetime",
    (role) => {
      expect(expiryRuleFor(role, 30)).toEqual({ allowNever: false, maxDays: 30 });
    },
  );
});

describe("limits", () => {
  const rule = { allowNever: false, maxDays: 365 };

  it("ends on the last allowed day, in UTC", () => {
    expect(latestCustomDate(NOW, 365)).toBe("2027-06-15");
    expect(latestExpiry(NOW, 365)).toEqual(new Date("2027-06-15T23:59:59.999Z"));
  });

  it("counts never as allowed for administrators only", () => {
    expect(expiryAllowed(null, rule, NOW)).toBe(false);
    expect(expiryAllowed(null, { allowNever: true, maxDays: 3650 }, NOW)).toBe(true);
    expect(presetAllowed("never", rule)).toBe(false);
  });

  it("refuses an expiry after the last allowed day", () => {
    expect(expiryAllowed(new Date("2027-06-15T23:59:59.999Z"), rule, NOW)).toBe(true);
    expect(expiryAllowed(new Date("2027-06-16T00:00:00Z"), rule, NOW)).toBe(false);
    expect(expiryAllowed(new Date("9999-12-31T23:59:59.999Z"), rule, NOW)).toBe(false);
  });

  it("offers presets by their nominal length", () => {
    expect(presetAllowed("1y", rule)).toBe(true);
    expect(presetAllowed("1y", { allowNever: false, maxDays: 364 })).toBe(false);
    expect(presetAllowed("custom", { allowNever: false, maxDays: 1 })).toBe(true);
  });
});
