import { isIPv4, isIPv6 } from "node:net";

// The key the failure limiter counts under. An IPv4 client is one address; an IPv6 client
// usually holds a whole /64 (one subnet per home or virtual machine), so counting single
// IPv6 addresses would let one client rotate through 2^64 fresh keys. IPv4-mapped IPv6
// (::ffff:a.b.c.d, how dual-stack sockets report IPv4 peers) is the IPv4 address.
export function clientGroup(address: string, ipv6Prefix: number): string {
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return address;
  const groups = ipv6Groups(address);
  if (isIpv4Mapped(groups)) return ipv4From(groups[6] ?? 0, groups[7] ?? 0);
  const masked = groups.map((group, i) => {
    const kept = Math.min(16, Math.max(0, ipv6Prefix - i * 16));
    return kept === 0 ? 0 : group & ((0xffff << (16 - kept)) & 0xffff);
  });
  return `${masked.map((g) => g.toString(16)).join(":")}/${ipv6Prefix}`;
}

function isIpv4Mapped(groups: readonly number[]): boolean {
  return groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
}

function ipv4From(high: number, low: number): string {
  return `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
}

// Eight 16-bit groups of an address node:net has already validated (a zone id, a "::" run
// and a trailing dotted quad are the forms that need care).
function ipv6Groups(address: string): number[] {
  const zone = address.indexOf("%");
  const text = zone === -1 ? address : address.slice(0, zone);
  const [head = "", tail] = text.split("::");
  const parse = (part: string): number[] =>
    part === ""
      ? []
      : part.split(":").flatMap((piece) => {
          if (!piece.includes(".")) return [parseInt(piece, 16)];
          const [a = 0, b = 0, c = 0, d = 0] = piece.split(".").map(Number);
          return [(a << 8) | b, (c << 8) | d];
        });
  const first = parse(head);
  if (tail === undefined) return first;
  const last = parse(tail);
  return [...first, ...new Array<number>(8 - first.length - last.length).fill(0), ...last];
}
