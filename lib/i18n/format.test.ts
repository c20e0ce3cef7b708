import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatRelativeTime,
  formatTime,
  textCollator,
} from "./format";

const at = "2026-11-23T14:05:00Z";

// Intl separates some of these with narrow or plain no-break spaces; compare them as spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formats in the reader's language", () => {
  it.each([
    ["en", "Nov 23, 2026"],
    ["fr", "23 nov. 2026"],
    ["es", "23 nov 2026"],
  ] as const)("dates in %s: %s", (locale, text) => {
    expect(plain(formatDate(at, locale))).toBe(text);
  });

  it("times are UTC, and say so when asked", () => {
    expect(plain(formatTime(at, "en"))).toBe("2:05 PM");
    expect(formatTime(at, "fr")).toBe("14:05");
    expect(plain(formatDateTime(at, "fr", { withZone: true }))).toBe("23 nov. 2026, 14:05 UTC");
    expect(plain(formatDateTime(at, "es", { withZone: true }))).toBe("23 nov 2026, 14:05 UTC");
    expect(plain(formatDateTime(at, "en"))).toBe("Nov 23, 2026, 2:05 PM");
  });

  it.each([
    ["en", "10,000.5"],
    ["fr", "10 000,5"],
    ["es", "10.000,5"],
  ] as const)("numbers in %s: %s", (locale, text) => {
    expect(plain(formatNumber(10000.5, locale))).toBe(text);
  });

  it.each([
    ["en", 3 * 86_400_000, "in 3 days"],
    ["en", -2 * 3_600_000, "2 hours ago"],
    ["fr", 3 * 86_400_000, "dans 3 jours"],
    ["fr", -2 * 3_600_000, "il y a 2 heures"],
    ["es", 3 * 86_400_000, "dentro de 3 días"],
    ["es", -2 * 3_600_000, "hace 2 horas"],
    ["en", 86_400_000, "tomorrow"],
    ["fr", -30_000, "il y a 30 secondes"],
    ["es", 800 * 86_400_000, "dentro de 2 años"],
    ["es", 400 * 86_400_000, "el próximo año"],
  ] as const)("relative time in %s, %d ms away: %s", (locale, offset, text) => {
    const now = Date.parse(at);
    expect(plain(formatRelativeTime(now + offset, now, locale))).toBe(text);
  });

  it("sorts names ignoring accents and case, numbers by value", () => {
    const names = ["Zeta", "équipe B", "Equipe A", "Token 10", "token 2"];
    expect(names.sort(textCollator("fr").compare)).toEqual([
      "Equipe A",
      "équipe B",
      "token 2",
      "Token 10",
      "Zeta",
    ]);
  });
});
