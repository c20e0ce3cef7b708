import { describe, expect, it } from "vitest";
import { requiredPermissions } from "./auth-check";
import { bearerToken } from "./authenticate";

describe("bearerToken", () => {
  it.each([
    [undefined, null],
    ["", null],
    ["Bearer", null],
    ["Bearer   ", null],
    ["Bearer kw_abc", "kw_abc"],
    ["bearer  kw_abc ", "kw_abc"],
    ["BEARER kw_abc", "kw_abc"],
    ["bEaReR kw_abc", "kw_abc"],
    ["Bearer\tkw_abc", "Bearer\tkw_abc"],
    ["Bearerkw_abc", "Bearerkw_abc"],
    [" Bearer kw_abc", " Bearer kw_abc"],
    ["  bearer  ", null],
    ["Bearer\t", null],
    ["Basic dXNlcjpwYXNz", "Basic dXNlcjpwYXNz"],
  ])("%j gives %j", (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});

describe("requiredPermissions", () => {
  it("joins the header (comma or space separated) and every ?permission=", () => {
    expect(
      requiredPermissions("leads:read, reports:write", "permission=users:read&permission=leads:write&x=1"),
    ).toEqual(["leads:read", "reports:write", "users:read", "leads:write"]);
    expect(requiredPermissions(undefined, null)).toEqual([]);
    // Most requests name none, and share one frozen list.
    expect(requiredPermissions(undefined, null)).toBe(requiredPermissions(undefined, null));
    expect(Object.isFrozen(requiredPermissions(undefined, null))).toBe(true);
    expect(requiredPermissions(["a:read", "b:read"], null)).toEqual(["a:read", "b:read"]);
  });
});
