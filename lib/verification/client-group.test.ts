import { describe, expect, it } from "vitest";
import { clientGroup } from "./client-group";

describe("clientGroup", () => {
  it("keeps an IPv4 client to its own address", () => {
    expect(clientGroup("198.51.100.7", 64)).toBe("198.51.100.7");
    expect(clientGroup("198.51.100.8", 64)).not.toBe(clientGroup("198.51.100.7", 64));
  });

  it("groups IPv6 clients by their /64", () => {
    const a = clientGroup("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 64);
    expect(a).toBe("2001:db8:1:2:0:0:0:0/64");
    expect(clientGroup("2001:db8:1:2::1", 64)).toBe(a);
    expect(clientGroup("2001:DB8:1:2:ffff::", 64)).toBe(a);
    expect(clientGroup("2001:db8:1:3::1", 64)).not.toBe(a);
  });

  it("honours another prefix length, including one inside a group", () => {
    expect(clientGroup("2001:db8:1:2::1", 48)).toBe("2001:db8:1:0:0:0:0:0/48");
    expect(clientGroup("2001:db8:1:ffff::1", 56)).toBe("2001:db8:1:ff00:0:0:0:0/56");
    expect(clientGroup("2001:db8::1", 128)).toBe("2001:db8:0:0:0:0:0:1/128");
    expect(clientGroup("2001:db8::2", 128)).not.toBe(clientGroup("2001:db8::1", 128));
  });

  it("treats IPv4-mapped IPv6 as the IPv4 address", () => {
    expect(clientGroup("::ffff:198.51.100.7", 64)).toBe("198.51.100.7");
    expect(clientGroup("::ffff:c633:6407", 64)).toBe("198.51.100.7");
    expect(clientGroup("::ffff:198.51.100.8", 64)).not.toBe("198.51.100.7");
  });

  it("groups loopback and zone ids like any address", () => {
    expect(clientGroup("::1", 64)).toBe("0:0:0:0:0:0:0:0/64");
    expect(clientGroup("fe80::1%eth0", 64)).toBe("fe80:0:0:0:0:0:0:0/64");
  });

  it("passes anything that is not an address through unchanged", () => {
    expect(clientGroup("unknown", 64)).toBe("unknown");
  });
});
