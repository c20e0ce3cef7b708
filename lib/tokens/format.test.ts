import { describe, expect, it } from "vitest";
import { generateToken } from "@/tests/support/generate-token";
import {
  formatToken,
  parseToken,
  PUBLIC_ID_LENGTH,
  SECRET_LENGTH,
  TOKEN_LENGTH,
  TOKEN_PATTERN,
} from "./format";

const BASE62 = /^[0-9A-Za-z]+$/;

// Changes one character of the string to another base62 character.
function mutate(token: string, index: number): string {
  const current = token.charAt(index);
  const replacement = current === "a" ? "b" : "a";
  return token.slice(0, index) + replacement + token.slice(index + 1);
}

describe("generateToken", () => {
  it("builds kw_<publicId>_<secret><checksum> from base62 parts", () => {
    const { token, publicId, secret } = generateToken();
    expect(publicId).toHaveLength(PUBLIC_ID_LENGTH);
    expect(secret).toHaveLength(SECRET_LENGTH);
    expect(publicId).toMatch(BASE62);
    expect(secret).toMatch(BASE62);
    expect(token).toHaveLength(TOKEN_LENGTH);
    expect(token.startsWith(`kw_${publicId}_${secret}`)).toBe(true);
    expect(token).toBe(formatToken(publicId, secret));
  });

  it("does not repeat itself", () => {
    const tokens = new Set(Array.from({ length: 500 }, () => generateToken().token));
    expect(tokens.size).toBe(500);
  });

  it("uses every base62 character about equally often (no modulo bias)", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      for (const ch of generateToken().secret) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(counts.size).toBe(62);
    // Plain `byte % 62` would make 0-7 about 21% more frequent; chance drift here is ~1.5%.
    const expected = (10_000 * SECRET_LENGTH) / 62;
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(expected * 0.9);
      expect(count).toBeLessThan(expected * 1.1);
    }
  });
});

describe("parseToken", () => {
  it("returns the public id and secret of a generated token", () => {
    const { token, publicId, secret } = generateToken();
    expect(parseToken(token)).toEqual({ publicId, secret });
  });

  it("rejects a single mistyped character anywhere (checksum)", () => {
    const { token } = generateToken();
    for (let i = 3; i < token.length; i++) {
      if (token.charAt(i) === "_") continue;
      expect(parseToken(mutate(token, i))).toBeNull();
    }
  });

  it("rejects a wrong prefix, length, separator or charset", () => {
    const { token } = generateToken();
    expect(parseToken("")).toBeNull();
    expect(parseToken(`gh_${token.slice(3)}`)).toBeNull();
    expect(parseToken(`KW_${token.slice(3)}`)).toBeNull();
    expect(parseToken(token.slice(0, -1))).toBeNull();
    expect(parseToken(`${token}a`)).toBeNull();
    expect(parseToken(` ${token.slice(1)}`)).toBeNull();
    expect(parseToken(`${token.slice(0, 15)}-${token.slice(16)}`)).toBeNull();
    expect(parseToken(`${token.slice(0, 20)}+${token.slice(21)}`)).toBeNull();
    expect(parseToken(`${token.slice(0, 5)}é${token.slice(6)}`)).toBeNull();
    expect(parseToken("kw_" + "_".repeat(TOKEN_LENGTH - 3))).toBeNull();
  });

  it("rejects a well-formed token whose checksum was recomputed over other parts", () => {
    const a = generateToken();
    const b = generateToken();
    const spliced = a.token.slice(0, -6) + b.token.slice(-6);
    expect(parseToken(spliced)).toBeNull();
  });
});

describe("TOKEN_PATTERN", () => {
  it("finds tokens in text and configuration files", () => {
    const { token } = generateToken();
    expect(TOKEN_PATTERN.exec(`Authorization: Bearer ${token}\n`)?.[0]).toBe(token);
    expect(TOKEN_PATTERN.exec(`KEYWARD_TOKEN="${token}"`)?.[0]).toBe(token);
  });

  it("does not match look-alikes that are too long, too short or glued to other text", () => {
    const { token } = generateToken();
    expect(TOKEN_PATTERN.test(`${token}x`)).toBe(false);
    expect(TOKEN_PATTERN.test(`x${token}`)).toBe(false);
    expect(TOKEN_PATTERN.test(token.slice(0, -1))).toBe(false);
  });
});
