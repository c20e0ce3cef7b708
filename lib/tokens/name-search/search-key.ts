// The form in which token names are stored for search and in which a query is compared:
// case, accents and compatibility variants folded away, so "equipe" finds "Équipe",
// "ACCES" finds "accès", "strasse" finds "Straße" and "office" finds "Oﬃce". Both sides go
// through this one function, so SQLite and PostgreSQL compare the same strings and neither
// database's collation or extensions decide what matches.

// Letters that are not a base letter plus a mark, so Unicode decomposition leaves them
// whole; folded the way people type them on a keyboard without them.
const LETTER_FOLDS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ħ: "h",
  ı: "i",
  ł: "l",
  þ: "th",
  ς: "σ",
};

// LIKE's wildcards and PostgreSQL's default escape character, replaced by their fullwidth
// forms. Keys then hold no character a LIKE pattern treats specially, so a query is always
// matched literally (Prisma's `contains` does not escape, and SQLite's LIKE has no escape
// character unless one is named). NFKD maps a typed fullwidth form back to ASCII first,
// so both spellings of "%" still find each other.
const LIKE_SPECIALS: Record<string, string> = { "%": "％", _: "＿", "\\": "＼" };

const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "gu");
const COMBINING_MARKS = /\p{Mn}/gu;
const WHITESPACE = /\s+/gu;
const SPECIALS = /[%_\\]/g;

export const SEARCH_KEY_MAX_LENGTH = 100;

export function searchKey(text: string): string {
  // Decomposed both before lower-casing (compatibility forms such as "㎒" decompose to
  // capitals) and after (a capital such as "İ" lower-cases to a letter plus a mark); then
  // recomposed, which only matters for scripts such as Hangul whose syllables decompose
  // into letters rather than a letter and marks.
  return text
    .normalize("NFKD")
    .toLowerCase()
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .normalize("NFC")
    .replace(WHITESPACE, " ")
    .trim()
    .replace(SPECIALS, (special) => LIKE_SPECIALS[special] ?? special);
}

// A typed query: limited like a name (a longer one cannot match), then keyed.
export function searchQueryKey(query: string): string {
  return searchKey(Array.from(query.trim()).slice(0, SEARCH_KEY_MAX_LENGTH).join(""));
}
