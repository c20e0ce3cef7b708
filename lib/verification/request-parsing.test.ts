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
    expect(requiredPermissions(["a:read", "b:read"], null)).toEqual(["a:read", "b:read"]);
  });
});
