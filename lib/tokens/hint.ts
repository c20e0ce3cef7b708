// No import of ./format (node:crypto): the console's client components read hints too.

// How many of the token's last characters the hint shows. They are checksum characters,
// computed from the secret, so they reveal at most HINT_END_LENGTH × log2(62) ≈ 23.8 bits
// of it: 26 secret characters (≈154.8 bits) keep more than 128 bits hidden.
export const HINT_END_LENGTH = 4;

// kw_<publicId>_…<the token's last 4 characters>: the start and the end of the very string
// the user holds, so it can be compared with the token in an integration's configuration.
export function tokenHint(token: string): string {
  // Up to and including the "_" after the public id (the prefix "kw_" has the first one).
  const start = token.slice(0, token.indexOf("_", 3) + 1);
  return `${start}…${token.slice(-HINT_END_LENGTH)}`;
}

// "token-end": the hint ends with the token's last characters (every token issued since
// hints were changed). "before-checksum": a hint stored earlier, kw_<publicId>…<4>, whose 4
// characters are the secret's last, found in the token just before its 6-character
// checksum. Its secret is gone, so it cannot be recomputed; audit events keep such hints
// for ever. Anything else (a hint written by a seed or another version) reads as-is.
export type HintKind = "token-end" | "before-checksum" | "other";

const TOKEN_END = /^kw_[0-9A-Za-z]{12}_…[0-9A-Za-z]{4}$/;
const BEFORE_CHECKSUM = /^kw_[0-9A-Za-z]{12}…[0-9A-Za-z]{4}$/;

export function hintKind(hint: string): HintKind {
  if (TOKEN_END.test(hint)) return "token-end";
  if (BEFORE_CHECKSUM.test(hint)) return "before-checksum";
  return "other";
}
