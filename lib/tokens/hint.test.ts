import { describe, expect, it } from "vitest";
import { generateToken } from "@/tests/support/generate-token";
import { SECRET_LENGTH } from "./format";
import { HINT_END_LENGTH, hintKind, tokenHint } from "./hint";

describe("tokenHint", () => {
  it("shows the token's own start and its last 4 characters, so it matches what the user holds", () => {
    const { token, publicId } = generateToken();
    const hint = tokenHint(token);
    expect(hint).toBe(`kw_${publicId}_…${token.slice(-4)}`);
    const [start, end] = hint.split("…");
    expect(token.startsWith(start ?? "-")).toBe(true);
    expect(token.endsWith(end ?? "-")).toBe(true);
  });

  it("shows no character of the secret itself, only checksum characters", () => {
    const { token, secret } = generateToken();
    const shownEnd = tokenHint(token).split("…")[1] ?? "";
    expect(token.slice(-6).endsWith(shownEnd)).toBe(true);
    expect(tokenHint(token)).not.toContain(secret.slice(0, 8));
  });

  it("keeps at least 128 random bits hidden: the shown checksum characters reveal at most 4 × log2(62) bits", () => {
    const secretBits = SECRET_LENGTH * Math.log2(62);
    const revealedBits = HINT_END_LENGTH * Math.log2(62);
    expect(secretBits - revealedBits).toBeGreaterThanOrEqual(128);
  });
});

describe("hintKind", () => {
  it("tells a hint that ends like the token from one stored before the change", () => {
    const { token, publicId, secret } = generateToken();
    expect(hintKind(tokenHint(token))).toBe("token-end");
    // The earlier form: the public id, then the secret's last 4 characters.
    expect(hintKind(`kw_${publicId}…${secret.slice(-4)}`)).toBe("before-checksum");
  });

  it("reads anything else as-is", () => {
    expect(hintKind("kw_x…0000")).toBe("other");
    expect(hintKind("")).toBe("other");
    expect(hintKind("kw_4fT9xQ2mLp0a_…a1B2 ")).toBe("other");
  });
});
