import { createHmac, timingSafeEqual } from "node:crypto";

// A keyed hash rather than a plain or slow password hash: secrets carry >128 random bits,
// so stretching buys nothing, while the key keeps a stolen database from being checked
// offline against guessed tokens.
function digest(secret: string, key: string): Buffer {
  if (key.length === 0) throw new Error("The token hash key is empty");
  return createHmac("sha256", key).update(secret, "utf8").digest();
}

export function hashSecret(secret: string, key: string): string {
  return digest(secret, key).toString("base64url");
}

export function secretMatches(secret: string, storedHash: string, key: string): boolean {
  const expected = digest(secret, key);
  const stored = Buffer.from(storedHash, "base64url");
  // Only the stored hash's length is revealed by returning early, and that is public.
  if (stored.length !== expected.length) return false;
  return timingSafeEqual(expected, stored);
}
