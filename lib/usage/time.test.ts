import { describe, expect, it } from "vitest";
import { dayOfHour, dayStart, hourOf, lastDays, retentionStartHour } from "./time";

describe("usage time buckets", () => {
  const now = new Date("2026-12-03T14:35:00Z");

  it("buckets by whole UTC hours and days since the epoch", () => {
    expect(hourOf(now)).toBe(Math.floor(Date.parse("2026-12-03T14:00:00Z") / 3_600_000));
    expect(dayStart(dayOfHour(hourOf(now))).toISOString()).toBe("2026-12-03T00:00:00.000Z");
  });

  it("lists the last days oldest first, ending today", () => {
    const days = lastDays(now, 7).map((day) => dayStart(day).toISOString().slice(0, 10));
    expect(days).toEqual([
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
    ]);
  });

  it("keeps exactly 90 days of hours", () => {
    expect(hourOf(now) - retentionStartHour(now)).toBe(90 * 24);
  });
});
