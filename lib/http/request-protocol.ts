import { headerFrom, type HeaderSource } from "./client-ip";

// Stamped by Keyward's own server (scripts/start.ts) on every request, over whatever the
// client sent: "https" when the request reached us over TLS, or when a trusted proxy
// (KEYWARD_TRUSTED_PROXIES) said so in X-Forwarded-Proto; "http" otherwise.
export const PROTOCOL_HEADER = "x-keyward-proto";

export type RequestProtocol = "http" | "https";

// The one question the console asks about the transport: HSTS and Secure session cookies
// follow it, per request, whatever NEXTAUTH_URL says.
export function arrivedOverHttps(headers: HeaderSource): boolean {
  return headerFrom(headers, PROTOCOL_HEADER) === "https";
}
