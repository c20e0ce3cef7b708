import type { IncomingMessage } from "node:http";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";

// The address rate limits and IP allow-lists use. Behind a trusted proxy it is the last
// hop the proxy appended to X-Forwarded-For; otherwise the socket's peer. IPv4-mapped IPv6
// addresses are shown as plain IPv4.
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const list = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "")).split(",");
    const last = list
      .map((s) => s.trim())
      .filter(Boolean)
      .pop();
    if (last) return unmap(last);
  }
  return unmap(req.socket.remoteAddress ?? "unknown");
}

function unmap(ip: string): string {
  return ip.startsWith("::ffff:") && ip.includes(".") ? ip.slice("::ffff:".length) : ip;
}

// Whatever the client sent in our header is replaced, so it cannot choose its own address.
export function stampClientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const ip = clientAddress(req, trustProxy);
  req.headers[CLIENT_IP_HEADER] = ip;
  return ip;
}
