import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./callback-url";

// `h` is another port of this machine: the cases name no real host.
const ORIGIN = "http://localhost:3000";
const h = "localhost:9";

describe("sameOriginPath", () => {
  it.each([
    [`/\\${h}`],
    [`/%5C${h}`],
    [`/%5c${h}`],
    [`/%09/${h}`],
    [`/\t/${h}`],
    [`/\n/${h}`],
    [`//${h}`],
    [`///${h}`],
    [`https://${h}`],
    [`http://${h}/settings`],
    [`\\\\${h}`],
    [` //${h}`],
    [`https:${h}`],
    ["javascript:alert(1)"],
    ["JavaScript:alert(1)"],
    ["data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
    [`http://localhost:3000@${h}/`],
    ["settings"],
    [""],
    [`/${"a".repeat(3_000)}`],
  ])("refuses %j", (value) => {
    expect(sameOriginPath(value, ORIGIN)).toBeNull();
  });

  it("refuses nothing at all", () => {
    expect(sameOriginPath(null, ORIGIN)).toBeNull();
    expect(sameOriginPath(undefined, ORIGIN)).toBeNull();
  });

  it.each([
    ["/settings/technical/api?status=enabled", "/settings/technical/api?status=enabled"],
    ["/", "/"],
    ["/settings/technical/api#tokens", "/settings/technical/api#tokens"],
    ["/settings/../settings/technical/api", "/settings/technical/api"],
    [`${ORIGIN}/settings/technical/api?status=enabled`, "/settings/technical/api?status=enabled"],
  ])("follows %j to %j", (value, expected) => {
    expect(sameOriginPath(value, ORIGIN)).toBe(expected);
  });

  it("compares the whole origin, port and scheme included", () => {
    expect(sameOriginPath("http://localhost:3001/", ORIGIN)).toBeNull();
    expect(sameOriginPath("https://localhost:3000/", ORIGIN)).toBeNull();
  });
});
