// Allowed IP ranges of a token. node:net's BlockList can match but cannot validate strictly
// or print a canonical form, and it lets an IPv6 range like ::/0 match IPv4 clients; this
// small parser does all three the way the form and the verifier need.

type Address = { family: 4 | 6; bytes: Uint8Array };
type Range = Address & { prefix: number };

export type CidrListResult = { ok: true; ranges: string[] } | { ok: false; invalid: string[] };

const IPV4_MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (const [i, part] of parts.entries()) {
    // Leading zeros are refused: some tools read them as octal.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes[i] = value;
  }
  return bytes;
}

// Dotted IPv4 is allowed only as the last 32 bits of the whole address (::ffff:1.2.3.4).
function parseHexGroups(text: string, endsAddress: boolean): number[] | null {
  if (text === "") return [];
  const groups: number[] = [];
  const parts = text.split(":");
  for (const [i, part] of parts.entries()) {
    if (endsAddress && i === parts.length - 1 && part.includes(".")) {
      const v4 = parseIpv4(part);
      if (!v4) return null;
      groups.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
    } else {
      if (!/^[0-9a-fA-F]{1,4}$/.test(part)) return null;
      groups.push(parseInt(part, 16));
    }
  }
  return groups;
}

function parseIpv6(text: string): Uint8Array | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const compressed = halves.length === 2;
  const head = parseHexGroups(halves[0] ?? "", !compressed);
  const tail = compressed ? parseHexGroups(halves[1] ?? "", true) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (compressed ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...new Array<number>(compressed ? missing : 0).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  for (const [i, group] of groups.entries()) {
    bytes[i * 2] = group >> 8;
    bytes[i * 2 + 1] = group & 0xff;
  }
  return bytes;
}

function isIpv4Mapped(bytes: Uint8Array): boolean {
  return bytes.length === 16 && IPV4_MAPPED_PREFIX.every((b, i) => bytes[i] === b);
}

// ::ffff:a.b.c.d is how dual-stack sockets report IPv4 clients; it is the IPv4 address.
function parseAddress(text: string): Address | null {
  if (text.includes(":")) {
    const bytes = parseIpv6(text);
    if (!bytes) return null;
    return isIpv4Mapped(bytes) ? { family: 4, bytes: bytes.slice(12) } : { family: 6, bytes };
  }
  const bytes = parseIpv4(text);
  return bytes ? { family: 4, bytes } : null;
}

function parseRange(text: string): Range | null {
  const slash = text.indexOf("/");
  const addressText = slash === -1 ? text : text.slice(0, slash);
  const prefixText = slash === -1 ? undefined : text.slice(slash + 1);
  const address = parseAddress(addressText);
  if (!address) return null;
  const written = addressText.includes(":") ? 128 : 32;
  let prefix = written;
  if (prefixText !== undefined) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(prefixText)) return null;
    prefix = Number(prefixText);
    if (prefix > written) return null;
  }
  if (address.family === 4 && written === 128) {
    // A range written as ::ffff:a.b.c.d/n covers IPv4 addresses only when n >= 96.
    if (prefix < 96) return null;
    prefix -= 96;
  }
  return { ...address, bytes: maskBytes(address.bytes, prefix), prefix };
}

function maskBytes(bytes: Uint8Array, prefix: number): Uint8Array {
  const masked = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, prefix - i * 8));
    masked[i] = (bytes[i] ?? 0) & ((0xff << (8 - keep)) & 0xff);
  }
  return masked;
}

// RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as ::.
function formatIpv6(bytes: Uint8Array): string {
  const groups = Array.from({ length: 8 }, (_, i) => ((bytes[i * 2] ?? 0) << 8) | (bytes[i * 2 + 1] ?? 0));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

function formatRange(range: Range): string {
  const address = range.family === 4 ? Array.from(range.bytes).join(".") : formatIpv6(range.bytes);
  return `${address}/${range.prefix}`;
}

// "10.1.2.3/8" becomes "10.0.0.0/8" and "192.0.2.7" becomes "192.0.2.7/32", so what is
// stored and shown is exactly the range that is enforced.
export function normaliseCidr(entry: string): string | null {
  const range = parseRange(entry.trim());
  return range ? formatRange(range) : null;
}

export function parseCidrList(text: string): CidrListResult {
  const entries = text.split(/[\s,]+/).filter((entry) => entry !== "");
  const ranges: string[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    const normalised = normaliseCidr(entry);
    if (normalised === null) invalid.push(entry);
    else if (!ranges.includes(normalised)) ranges.push(normalised);
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, ranges };
}

function contains(range: Range, address: Address): boolean {
  if (range.family !== address.family) return false;
  const masked = maskBytes(address.bytes, range.prefix);
  return masked.every((b, i) => b === range.bytes[i]);
}

// An empty list allows every address. Otherwise the client must fall in one of the ranges;
// an address that cannot be parsed is refused, and IPv4 and IPv6 ranges never cover each
// other (::/0 means every IPv6 address, not every address).
export function ipAllowed(ip: string, ranges: readonly string[]): boolean {
  if (ranges.length === 0) return true;
  const zone = ip.indexOf("%");
  const address = parseAddress(zone === -1 ? ip.trim() : ip.slice(0, zone).trim());
  if (!address) return false;
  return ranges.some((text) => {
    const range = parseRange(text);
    return range !== null && contains(range, address);
  });
}
