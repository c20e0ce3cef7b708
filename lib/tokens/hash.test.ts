import { describe, expect, it } from "vitest";
import { hashSecret, secretMatches } from "./hash";

const KEY = "k".repeat(32);
const OTHER_KEY = "o".repeat(32);

describe("hashSecret", () => {
  it("is a deterministic base64url HMAC-SHA-256 that does not contain the secret", () => {
    const hash = hashSecret("s3cret", KEY);
    expect(hash).toBe(hashSecret("s3cret", KEY));
    expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toContain("s3cret");
  });

  it("depends on the key", () => {
    expect(hashSecret("s3cret", KEY)).not.toBe(hashSecret("s3cret", OTHER_KEY));
  });

  it("refuses an empty key", () => {
    expect(() => hashSecret("s3cret", "")).toThrow();
  });
});

describe("secretMatches", () => {
  const stored = hashSecret("s3cret", KEY);

  it("accepts the right secret with the right key", () => {
    expect(secretMatches("s3cret", stored, KEY)).toBe(true);
  });

  it("rejects a wrong secret or a wrong key", () => {
    expect(secretMatches("s3creT", stored, KEY)).toBe(false);
    expect(secretMatches("s3cret", stored, OTHER_KEY)).toBe(false);
  });

  it("rejects stored hashes of the wrong length without throwing", () => {
    expect(secretMatches("s3cret", "", KEY)).toBe(false);
    expect(secretMatches("s3cret", stored.slice(0, -2), KEY)).toBe(false);
    expect(secretMatches("s3cret", `${stored}AA`, KEY)).toBe(false);
  });
});
