import { describe, expect, it } from "vitest";
import { actionsForStatusFilter, actionsForTokens } from "./offered-actions";

const ENABLED = { revoked: false, disabled: false };
const DISABLED = { revoked: false, disabled: true };
const REVOKED = { revoked: true, disabled: false };

describe("actionsForTokens", () => {
  it("offers only Delete for revoked tokens", () => {
    expect(actionsForTokens([REVOKED, REVOKED])).toEqual(["delete"]);
  });

  it("offers Disable but not Enable for enabled tokens", () => {
    expect(actionsForTokens([ENABLED])).toEqual(["disable", "revoke", "delete"]);
  });

  it("offers Enable but not Disable for disabled tokens", () => {
    expect(actionsForTokens([DISABLED, REVOKED])).toEqual(["enable", "revoke", "delete"]);
  });

  it("offers both for a mix", () => {
    expect(actionsForTokens([ENABLED, DISABLED])).toEqual(["disable", "enable", "revoke", "delete"]);
  });

  it("offers nothing for an empty selection", () => {
    expect(actionsForTokens([])).toEqual([]);
  });
});

describe("actionsForStatusFilter", () => {
  it.each([
    ["revoked", ["delete"]],
    ["disabled", ["enable", "revoke", "delete"]],
    ["expiring_soon", ["disable", "revoke", "delete"]],
    ["any", ["disable", "enable", "revoke", "delete"]],
  ] as const)("%s → %o", (status, expected) => {
    expect(actionsForStatusFilter(status)).toEqual(expected);
  });
});
