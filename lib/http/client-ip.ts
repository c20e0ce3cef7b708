// Keyward's own server (scripts/start.ts) overwrites this header on every request with the
// socket's address, or with the proxy's X-Forwarded-For when KEYWARD_TRUST_PROXY is set, so
// a client cannot choose the address that rate limits and IP allow-lists see.
export const CLIENT_IP_HEADER = "x-keyward-client-ip";

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

export function clientIpFrom(headers: HeaderSource): string | null {
  const value =
    typeof headers.get === "function"
      ? (headers as { get(name: string): string | null }).get(CLIENT_IP_HEADER)
      : (headers as Record<string, string | string[] | undefined>)[CLIENT_IP_HEADER];
  const ip = Array.isArray(value) ? value[0] : value;
  return ip && ip.length <= 64 ? ip : null;
}
