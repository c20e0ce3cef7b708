import type { IncomingMessage } from "node:http";
import { ipAllowed, normaliseCidr } from "@/lib/tokens/cidr";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { PROTOCOL_HEADER, type RequestProtocol } from "@/lib/http/request-protocol";

export type ResolvedClient = { ip: string; protocol: RequestProtocol };

export type ForwardingFacts = {
  peer: string | undefined;
  encrypted: boolean;
  forwardedFor: string | string[] | undefined;
  forwardedProto: string | string[] | undefined;
};

// A proxy appends one hop per request; a chain longer than this is somebody's invention.
const MAX_HOPS = 32;
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "forwarded"];

// Who sent the request, and over which protocol. Forwarding headers count only when the
// socket's peer is a trusted proxy. X-Forwarded-For is then read from the right, where each
// trusted proxy appended the address it saw: the first hop that is not itself a trusted
// proxy is the client. Anything left of it was written by the client and is never chosen.
// A hop that is not an address ends the walk at the last hop known to be real.
export function resolveClient(facts: ForwardingFacts, trustedProxies: readonly string[]): ResolvedClient {
  const direct: RequestProtocol = facts.encrypted ? "https" : "http";
  if (trustedProxies.length === 0) return { ip: unmap(facts.peer ?? "unknown"), protocol: direct };
  const peer = classify(withoutZone(facts.peer ?? ""), trustedProxies);
  if (peer.ip === null || !peer.trusted) {
    return { ip: peer.ip ?? unmap(facts.peer ?? "unknown"), protocol: direct };
  }
  let client = peer.ip;
  const hops = headerList(facts.forwardedFor);
  for (let i = hops.length - 1; i >= Math.max(0, hops.length - MAX_HOPS); i--) {
    const hop = classify(stripPort(hops[i] ?? ""), trustedProxies);
    if (hop.ip === null) break;
    client = hop.ip;
    if (!hop.trusted) break;
  }
  return { ip: client, protocol: forwardedProtocol(facts.forwardedProto) ?? direct };
}

// Writes the verdict into headers the rest of the app reads (lib/http/client-ip.ts,
// lib/http/request-protocol.ts), replacing whatever the client sent in them. From a peer
// that is not a trusted proxy, forwarding headers are dropped too, so neither Next.js nor
// next-auth can be told a host or protocol by the client.
export function stampClientAddress(req: IncomingMessage, trustedProxies: readonly string[]): ResolvedClient {
  const client = resolveClient(
    {
      peer: req.socket.remoteAddress,
      encrypted: "encrypted" in req.socket && req.socket.encrypted === true,
      forwardedFor: req.headers["x-forwarded-for"],
      forwardedProto: req.headers["x-forwarded-proto"],
    },
    trustedProxies,
  );
  const peer = req.socket.remoteAddress;
  if (trustedProxies.length === 0 || !peer || !classify(withoutZone(peer), trustedProxies).trusted) {
    for (const name of FORWARDING_HEADERS) if (req.headers[name] !== undefined) delete req.headers[name];
  }
  req.headers[CLIENT_IP_HEADER] = client.ip;
  req.headers[PROTOCOL_HEADER] = client.protocol;
  return client;
}

type Classified = { ip: string | null; trusted: boolean };

// Parsing an address and matching it against every range costs microseconds, on every
// request through a proxy: the verdict per written address is kept, for each list, in a
// bounded map (a gateway's traffic comes from a handful of addresses; the oldest entry makes
// room when a flood of distinct ones arrives).
const CLASSIFIED_MAX = 4_096;
const classified = new WeakMap<readonly string[], Map<string, Classified>>();

function classify(text: string, trustedProxies: readonly string[]): Classified {
  // No address is this long; such text is neither parsed nor remembered.
  if (text.length > 64) return { ip: null, trusted: false };
  let known = classified.get(trustedProxies);
  if (!known) {
    known = new Map();
    classified.set(trustedProxies, known);
  }
  const hit = known.get(text);
  if (hit) return hit;
  const ip = canonicalIp(text);
  const verdict = { ip, trusted: ip !== null && ipAllowed(ip, trustedProxies) };
  if (known.size >= CLASSIFIED_MAX) {
    const oldest = known.keys().next();
    if (!oldest.done) known.delete(oldest.value);
  }
  known.set(text, verdict);
  return verdict;
}

function headerList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value.join(",") : value)
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

// The rightmost value was set by the proxy that spoke to us, which is trusted.
function forwardedProtocol(value: string | string[] | undefined): RequestProtocol | null {
  const last = headerList(value).pop()?.toLowerCase();
  return last === "https" || last === "http" ? last : null;
}

// "[2001:db8::1]:443" and "192.0.2.1:8080" name an address too; a bare IPv6 address keeps
// its colons.
function stripPort(hop: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(hop);
  if (bracketed) return bracketed[1] ?? "";
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(hop);
  return v4 ? (v4[1] ?? "") : hop;
}

function withoutZone(ip: string): string {
  const zone = ip.indexOf("%");
  return zone === -1 ? ip : ip.slice(0, zone);
}

// One spelling per address (RFC 5952; IPv4-mapped IPv6 as plain IPv4), or null for
// anything that is not a single address.
function canonicalIp(text: string): string | null {
  if (text === "" || text.length > 64 || text.includes("/")) return null;
  const range = normaliseCidr(text);
  return range === null ? null : range.slice(0, range.lastIndexOf("/"));
}

function unmap(ip: string): string {
  return ip.startsWith("::ffff:") && ip.includes(".") ? ip.slice("::ffff:".length) : ip;
}
