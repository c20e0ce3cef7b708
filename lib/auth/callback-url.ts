// Where to go after signing in. A callback is followed only when it resolves to this
// origin: the URL parser decides, not a prefix check, since browsers read `/\host` and
// `/<TAB>/host` as `//host`. Backslashes, control characters and their percent-encoded
// forms are refused outright rather than normalised, as is anything over 2 KiB.
const MAX_LENGTH = 2_048;
const FORBIDDEN = /[\\\u0000-\u001f\u007f]|%5c|%0[0-9a-f]|%1[0-9a-f]|%7f/i;

// The path, query and fragment to go to on `origin`, or null when `value` leads elsewhere
// (or is not a URL at all).
export function sameOriginPath(value: string | null | undefined, origin: string): string | null {
  if (!value || value.length > MAX_LENGTH || FORBIDDEN.test(value)) return null;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(value, base);
  } catch {
    return null;
  }
  // A relative callback must be a single-slash path; an absolute one must name this origin.
  const relative = value.startsWith("/");
  if (relative && value.startsWith("//")) return null;
  if (!relative && !/^https?:\/\//i.test(value)) return null;
  if (target.origin !== base.origin) return null;
  return `${target.pathname}${target.search}${target.hash}`;
}
