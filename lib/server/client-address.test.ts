import { describe, expect, it } from "vitest";
import { resolveClient, type ForwardingFacts } from "./client-address";

const PROXIES = ["10.0.0.0/24", "2001:db8:ffff::/48"];

function facts(peer: string, forwardedFor?: string | string[], forwardedProto?: string): ForwardingFacts {
  return { peer, encrypted: false, forwardedFor, forwardedProto };
}

describe("resolveClient", () => {
  it("ignores X-Forwarded-For and -Proto from a peer that is not a trusted proxy", () => {
    expect(resolveClient(facts("203.0.113.9", "198.51.100.1", "https"), PROXIES)).toEqual({
      ip: "203.0.113.9",
      protocol: "http",
    });
  });

  it("ignores them from everyone when no proxy is trusted", () => {
    expect(resolveClient(facts("10.0.0.1", "198.51.100.1", "https"), [])).toEqual({
      ip: "10.0.0.1",
      protocol: "http",
    });
  });

  it("takes the hop a single trusted proxy appended, never the client's own leftmost value", () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the address it saw.
    expect(resolveClient(facts("10.0.0.1", "1.1.1.1, 198.51.100.7", "https"), PROXIES)).toEqual({
      ip: "198.51.100.7",
      protocol: "https",
    });
  });

  it("skips two trusted hops, reading right to left", () => {
    expect(resolveClient(facts("10.0.0.1", "6.6.6.6, 198.51.100.7, 10.0.0.2"), PROXIES).ip).toBe(
      "198.51.100.7",
    );
    // The same chain split over repeated headers.
    expect(resolveClient(facts("10.0.0.1", ["6.6.6.6", "198.51.100.7, 10.0.0.2"]), PROXIES).ip).toBe(
      "198.51.100.7",
    );
  });

  it("stops at the first untrusted hop even when the client wrote trusted addresses left of it", () => {
    expect(resolveClient(facts("10.0.0.1", "10.0.0.3, 198.51.100.7"), PROXIES).ip).toBe("198.51.100.7");
  });

  it("falls back to the proxy itself when it forwarded nothing", () => {
    expect(resolveClient(facts("10.0.0.1"), PROXIES)).toEqual({ ip: "10.0.0.1", protocol: "http" });
  });

  it.each([
    ["not-an-ip"],
    ["unknown"],
    ["198.51.100.7/24"],
    ["1.2.3.4.5"],
    ["010.0.0.1"],
    ["<script>"],
    [",,,"],
    ["x".repeat(500)],
  ])("never stamps garbage (%s) as the address", (garbage) => {
    expect(resolveClient(facts("10.0.0.1", garbage), PROXIES).ip).toBe("10.0.0.1");
    expect(resolveClient(facts("10.0.0.1", `${garbage}, 10.0.0.2`), PROXIES).ip).toBe("10.0.0.2");
    expect(resolveClient(facts("10.0.0.1", `${garbage}, 198.51.100.7`), PROXIES).ip).toBe("198.51.100.7");
  });

  it("reads a proxy's hop with a port or in brackets", () => {
    expect(resolveClient(facts("10.0.0.1", "198.51.100.7:52100"), PROXIES).ip).toBe("198.51.100.7");
    expect(resolveClient(facts("10.0.0.1", "[2001:DB8::7]:443"), PROXIES).ip).toBe("2001:db8::7");
  });

  it("matches IPv6 and IPv4-mapped peers against the list, and stamps one spelling", () => {
    expect(resolveClient(facts("2001:db8:ffff:1::5", "2001:0db8:0:0:0:0:0:9"), PROXIES).ip).toBe(
      "2001:db8::9",
    );
    expect(resolveClient(facts("::ffff:10.0.0.1", "::ffff:198.51.100.7"), PROXIES).ip).toBe("198.51.100.7");
    expect(resolveClient(facts("::ffff:203.0.113.9", "198.51.100.7"), PROXIES).ip).toBe("203.0.113.9");
    expect(resolveClient(facts("::ffff:203.0.113.9"), []).ip).toBe("203.0.113.9");
    expect(resolveClient(facts("2001:db8:1::5", "198.51.100.7"), PROXIES).ip).toBe("2001:db8:1::5");
  });

  it("believes only http or https, set by the nearest proxy, in X-Forwarded-Proto", () => {
    expect(resolveClient(facts("10.0.0.1", "198.51.100.7", "HTTPS"), PROXIES).protocol).toBe("https");
    expect(resolveClient(facts("10.0.0.1", "198.51.100.7", "https, http"), PROXIES).protocol).toBe("http");
    expect(resolveClient(facts("10.0.0.1", "198.51.100.7", "javascript"), PROXIES).protocol).toBe("http");
    expect(resolveClient({ ...facts("203.0.113.9"), encrypted: true }, PROXIES).protocol).toBe("https");
  });
});
