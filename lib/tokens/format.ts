import { randomBytes } from "node:crypto";
import { crc32 } from "node:zlib";

// kw_<publicId>_<secret><checksum>, e.g. kw_4fT9xQ2mLp0a_<26 chars><6 chars>.
// The secret is 26 base62 characters (~154.8 bits) rather than the 22 that reach 128 bits,
// because the card's hint reveals the token's last 4 (checksum characters computed from the
// secret, lib/tokens/hint.ts): the hidden part stays above 128 bits.
export const TOKEN_PREFIX = "kw_";
export const PUBLIC_ID_LENGTH = 12;
export const SECRET_LENGTH = 26;
export const CHECKSUM_LENGTH = 6;

const SEPARATOR_INDEX = TOKEN_PREFIX.length + PUBLIC_ID_LENGTH;
const SECRET_START = SEPARATOR_INDEX + 1;
const CHECKSUM_START = SECRET_START + SECRET_LENGTH;
export const TOKEN_LENGTH = CHECKSUM_START + CHECKSUM_LENGTH;

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
// The largest multiple of 62 that fits in a byte: bytes at or above it are discarded so
// every character is equally likely (no modulo bias).
const UNBIASED_BYTE_LIMIT = 248;

// For secret scanners (GitHub custom patterns, gitleaks, trufflehog): a Keyward token is
// `kw_`, 12 base62 characters, `_`, then 32 base62 characters (secret + checksum), not
// glued to other word characters. A match can then be confirmed offline with parseToken,
// which checks the CRC32 checksum, so random look-alikes are not reported.
export const TOKEN_PATTERN = /\bkw_[0-9A-Za-z]{12}_[0-9A-Za-z]{32}\b/;

function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= UNBIASED_BYTE_LIMIT) continue;
      out += BASE62.charAt(byte % 62);
      if (out.length === length) break;
    }
  }
  return out;
}

function checksum(body: string): string {
  let n = crc32(body) >>> 0;
  let out = "";
  for (let i = 0; i < CHECKSUM_LENGTH; i++) {
    out = BASE62.charAt(n % 62) + out;
    n = Math.floor(n / 62);
  }
  return out;
}

function isBase62Code(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isBase62Run(raw: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!isBase62Code(raw.charCodeAt(i))) return false;
  }
  return true;
}

export function generatePublicId(): string {
  return randomBase62(PUBLIC_ID_LENGTH);
}

export function generateSecret(): string {
  return randomBase62(SECRET_LENGTH);
}

export function formatToken(publicId: string, secret: string): string {
  const body = `${TOKEN_PREFIX}${publicId}_${secret}`;
  return body + checksum(body);
}

// Rejects anything that is not exactly a well-formed token with a valid checksum, before
// any database lookup: typos and random guesses cost a length check and one CRC32.
export function parseToken(raw: string): { publicId: string; secret: string } | null {
  if (raw.length !== TOKEN_LENGTH || !raw.startsWith(TOKEN_PREFIX)) return null;
  if (raw.charCodeAt(SEPARATOR_INDEX) !== 95 /* _ */) return null;
  if (!isBase62Run(raw, TOKEN_PREFIX.length, SEPARATOR_INDEX)) return null;
  if (!isBase62Run(raw, SECRET_START, TOKEN_LENGTH)) return null;
  if (checksum(raw.slice(0, CHECKSUM_START)) !== raw.slice(CHECKSUM_START)) return null;
  return {
    publicId: raw.slice(TOKEN_PREFIX.length, SEPARATOR_INDEX),
    secret: raw.slice(SECRET_START, CHECKSUM_START),
  };
}
