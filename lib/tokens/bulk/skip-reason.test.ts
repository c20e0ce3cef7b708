import { describe, expect, it } from "vitest";
import { skipReason } from "./skip-reason";

const at = new Date("2026-01-01T00:00:00Z");
const ENABLED = { revokedAt: null, disabledAt: null };
const DISABLED = { revokedAt: null, disabledAt: at };
const REVOKED = { revokedAt: at, disabledAt: null };

describe("skipReason", () => {
  it.each([
    ["disable", ENABLED, null],
    ["disable", DISABLED, "already_disabled"],
    ["disable", REVOKED, "revoked"],
    ["enable", ENABLED, "already_enabled"],
    ["enable", DISABLED, null],
    ["enable", REVOKED, "revoked"],
    ["revoke", ENABLED, null],
    ["revoke", DISABLED, null],
    ["revoke", REVOKED, "already_revoked"],
    ["delete", ENABLED, null],
    ["delete", REVOKED, null],
  ] as const)("%s on %o → %s", (action, token, expected) => {
    expect(skipReason(action, token)).toBe(expected);
  });
});
