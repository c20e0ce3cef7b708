import { describe, expect, it } from "vitest";
import { BODY_LIMITS, bodyLimitFor, judgeDeclaredBody } from "./body-limit";

describe("bodyLimitFor", () => {
  it("gives next-auth's routes 16 KiB", () => {
    expect(bodyLimitFor("POST", "/api/auth/callback/credentials", {})).toBe(16 * 1024);
    expect(bodyLimitFor("POST", "/api/auth/signout?x=1", { "next-action": "abc" })).toBe(16 * 1024);
  });

  it("gives server actions the 100 KB next.config.mjs sets", () => {
    expect(bodyLimitFor("POST", "/settings/technical/api", { "next-action": "7f00" })).toBe(100 * 1024);
  });

  it("gives introspection 8 KiB and everything else, the gateway check included, the default", () => {
    expect(bodyLimitFor("POST", "/api/v1/tokens/introspect", {})).toBe(8 * 1024);
    expect(bodyLimitFor("POST", "/api/v1/tokens/introspect?x=1", {})).toBe(8 * 1024);
    expect(bodyLimitFor("POST", "/api/v1/auth/check", {})).toBe(BODY_LIMITS.other);
    expect(bodyLimitFor("POST", "/settings/technical/api", {})).toBe(BODY_LIMITS.other);
    expect(bodyLimitFor("GET", "/settings/technical/api", { "next-action": "7f00" })).toBe(BODY_LIMITS.other);
    expect(bodyLimitFor(undefined, undefined, {})).toBe(BODY_LIMITS.other);
  });
});

describe("judgeDeclaredBody", () => {
  it("refuses a declared length over the limit from the headers alone", () => {
    expect(judgeDeclaredBody({ "content-length": String(60 * 1024 * 1024) }, 16 * 1024)).toEqual({
      kind: "too-large",
      declared: 60 * 1024 * 1024,
    });
    expect(judgeDeclaredBody({ "content-length": "16385" }, 16 * 1024).kind).toBe("too-large");
  });

  it("lets a body at the limit, an empty one or an undeclared one through to be counted", () => {
    expect(judgeDeclaredBody({ "content-length": "16384" }, 16 * 1024).kind).toBe("ok");
    expect(judgeDeclaredBody({ "content-length": "0" }, 16 * 1024).kind).toBe("ok");
    expect(judgeDeclaredBody({ "transfer-encoding": "chunked" }, 16 * 1024).kind).toBe("ok");
  });
});
