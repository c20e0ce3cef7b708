import ipaddr from "ipaddr.js";

// Why an address may not receive a webhook, or null for a public unicast address.
// ipaddr.js names the special-purpose ranges (RFC 6890 and successors); anything but plain
// unicast is refused: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
// (169.254/16 with the cloud metadata address, fe80::/10), unspecified, multicast, CGNAT
// (100.64/10), documentation, benchmarking, and the IPv6 forms that carry an IPv4 address
// (IPv4-mapped ::ffff:0:0/96 is judged as the IPv4 address it maps; NAT64, 6to4 and Teredo
// are refused outright).
export function forbiddenAddressReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return "not an IP address";
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range !== "unicast") return range;
  // Global unicast IPv6 is 2000::/3; the rest (the deprecated IPv4-compatible ::a.b.c.d
  // among them) is not somewhere a webhook should go.
  if (parsed.kind() === "ipv6" && !parsed.match(ipaddr.parseCIDR("2000::/3"))) return "reserved";
  return null;
}

// The canonical text of an IP literal (an IPv4-mapped IPv6 address as its IPv4 form), or
// null when the text is a host name. Accepts URL host syntax ("[::1]").
export function ipLiteral(host: string): string | null {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  return ipaddr.isValid(bare) ? ipaddr.process(bare).toString() : null;
}

export function isLoopback(address: string): boolean {
  return ipaddr.isValid(address) && ipaddr.process(address).range() === "loopback";
}
