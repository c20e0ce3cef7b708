// Characters a name or description may not contain. Control characters (Cc) can fake lines
// in logs and CSV exports; format characters (Cf: bidi overrides and isolates, zero-width
// spaces and joiners, the byte-order mark, the soft hyphen…) make a name read differently
// from what it is ("Billing‮cnys" shows as "Billingsync" reversed) or hide a difference
// between two names that look the same. Line and paragraph separators (Zl, Zp) and lone
// surrogates (Cs) break lines or encodings just as well.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

// One-line text: names.
export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

// Multi-line text: descriptions. A line feed is what a textarea is for; anything else is
// refused, tabs included (a textarea cannot type one, so it only arrives pasted or forged).
export function hasUnsafeCharactersInLines(text: string): boolean {
  return UNSAFE.test(text.replaceAll("\n", ""));
}

// Browsers send a textarea's line breaks as CRLF (HTML's form encoding); store them as LF so
// the same text typed anywhere is stored the same way.
export function normalizeLineBreaks(text: string): string {
  return text.replaceAll("\r\n", "\n");
}
