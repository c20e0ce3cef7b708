import ipaddr from "ipaddr.js";

// Hosts an operator lets webhooks reach although the SSRF rules would refuse them (plain
// http, a private or loopback address): KEYWARD_WEBHOOK_ALLOWED_HOSTS, comma-separated host
// names ("hooks.internal"), IP addresses ("127.0.0.1", "::1") or CIDR ranges ("10.0.0.0/8").
export type WebhookAllowList = { hosts: readonly string[]; ranges: readonly string[] };

export const EMPTY_ALLOW_LIST: WebhookAllowList = { hosts: [], ranges: [] };

const HOST_NAME =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

export type AllowListResult = { ok: true; list: WebhookAllowList } | { ok: false; invalid: string[] };

export function parseAllowList(text: string): AllowListResult {
  const hosts: string[] = [];
  const ranges: string[] = [];
  const invalid: string[] = [];
  for (const raw of text.split(",")) {
    const entry = raw.trim().toLowerCase();
    if (entry === "") continue;
    if (ipaddr.isValidCIDR(entry)) {
      const [address, prefix] = ipaddr.parseCIDR(entry);
      ranges.push(`${address.toString()}/${prefix}`);
    } else if (ipaddr.isValid(entry)) {
      const address = ipaddr.parse(entry);
      ranges.push(`${address.toString()}/${address.kind() === "ipv4" ? 32 : 128}`);
    } else if (HOST_NAME.test(entry)) {
      hosts.push(entry);
    } else {
      invalid.push(raw.trim());
    }
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, list: { hosts, ranges } };
}

// Whether an address falls in a listed range; an IPv4-mapped IPv6 address counts as its IPv4.
export function addressListed(list: WebhookAllowList, address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return list.ranges.some((range) => {
    const [base, prefix] = ipaddr.parseCIDR(range);
    return base.kind() === parsed.kind() && parsed.match(base, prefix);
  });
}

// Whether a URL's host (name or IP literal, already canonical from the URL parser) is listed.
export function hostListed(list: WebhookAllowList, host: string): boolean {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  if (ipaddr.isValid(bare)) return addressListed(list, bare);
  return list.hosts.includes(bare.toLowerCase().replace(/\.$/, ""));
}
