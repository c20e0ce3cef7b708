import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "../ssrf/resolver";

// What one attempt sends: the URL that was checked and the address it was checked with.
export type OutboundRequest = {
  url: URL;
  address: ResolvedAddress;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  signal?: AbortSignal;
};

export type OutboundResponse = { status: number };

// Sends one request. Injected in tests, which wrap the real one to fail on any address
// outside loopback.
export type Transport = (request: OutboundRequest) => Promise<OutboundResponse>;

// Only the status matters; a receiver's body is read up to this much, then dropped.
export const MAX_RESPONSE_BYTES = 64 * 1024;

export class TransportError extends Error {}

// POSTs with node:http(s), connecting to the pinned address only: the custom lookup
// answers every name query with it, so DNS is not consulted again between the SSRF check
// and the connection (no rebinding). TLS still verifies the certificate against the URL's
// host name. Redirects are not followed (a 3xx is a failed attempt); connection, request
// and response share one deadline.
export const httpTransport: Transport = (request) =>
  new Promise<OutboundResponse>((resolve, reject) => {
    const { url, address, body } = request;
    const pinned: LookupFunction = (_hostname, options, callback) => {
      if (options.all) callback(null, [{ address: address.address, family: address.family }]);
      else callback(null, address.address, address.family);
    };
    const client = url.protocol === "https:" ? https : http;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      outcome();
    };
    const req = client.request(url, {
      method: "POST",
      agent: false,
      lookup: pinned,
      signal: request.signal,
      headers: {
        ...request.headers,
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(body)),
        "user-agent": "Keyward-Webhooks/1",
      },
    });
    const deadline = setTimeout(() => req.destroy(new TransportError("timed out")), request.timeoutMs);
    req.on("error", (error) => finish(() => reject(error)));
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      let read = 0;
      res.on("data", (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_RESPONSE_BYTES) {
          res.destroy();
          finish(() => resolve({ status }));
        }
      });
      res.on("end", () => finish(() => resolve({ status })));
      res.on("error", () => finish(() => resolve({ status })));
    });
    req.end(body);
  });

// A short, stable reason for the deliveries list: never a stack trace or a secret.
export function describeTransportError(error: unknown): string {
  if (error instanceof TransportError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused";
    case "ECONNRESET":
      return "connection reset";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "host unreachable";
    case "ABORT_ERR":
      return "stopped";
    default:
      if (typeof code === "string" && /^(ERR_TLS|CERT|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED)/.test(code)) {
        return `TLS error (${code})`.slice(0, 80);
      }
      return typeof code === "string" ? `network error (${code})`.slice(0, 80) : "network error";
  }
}
