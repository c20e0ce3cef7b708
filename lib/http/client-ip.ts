// Keyward's own server (scripts/start.ts) overwrites this header on every request with the
// client's address: the socket's peer, or, when that peer is one of KEYWARD_TRUSTED_PROXIES,
// the first untrusted hop of X-Forwarded-For read from the right. A client cannot choose the
// address that rate limits, IP allow-lists and the audit log see.
export const CLIENT_IP_HEADER = "x-keyward-client-ip";

export type HeaderSource =
  { get(name: string): string | null } | Record<string, string | string[] | undefined>;

export function headerFrom(headers: HeaderSource, name: string): string | undefined {
  const value =
    typeof headers.get === "function"
      ? (headers as { get(name: string): string | null }).get(name)
      : (headers as Record<string, string | string[] | undefined>)[name];
  return (Array.isArray(value) ? value[0] : value) ?? undefined;
}

export function clientIpFrom(headers: HeaderSource): string | null {
  const ip = headerFrom(headers, CLIENT_IP_HEADER);
  return ip && ip.length <= 64 ? ip : null;
}
