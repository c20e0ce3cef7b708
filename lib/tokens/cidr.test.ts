import { isIP } from "node:net";
import { describe, expect, it } from "vitest";
import { ipAllowed, normaliseCidr, parseCidrList } from "./cidr";

describe("normaliseCidr", () => {
  it.each([
    ["10.0.0.0/8", "10.0.0.0/8"],
    ["10.1.2.3/8", "10.0.0.0/8"],
    ["192.168.1.77/24", "192.168.1.0/24"],
    ["192.0.2.7", "192.0.2.7/32"],
    ["0.0.0.0/0", "0.0.0.0/0"],
    ["255.255.255.255", "255.255.255.255/32"],
    ["172.16.5.4/12", "172.16.0.0/12"],
    ["2001:DB8::1", "2001:db8::1/128"],
    ["2001:db8:0:0:0:0:0:1/64", "2001:db8::/64"],
    ["2001:0db8:0000:0000:0001:0000:0000:0001", "2001:db8::1:0:0:1/128"],
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1/128"],
    ["::1", "::1/128"],
    ["::", "::/128"],
    ["::/0", "::/0"],
    ["fe80::1234/10", "fe80::/10"],
    ["1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0/128"],
    ["::ffff:1.2.3.4", "1.2.3.4/32"],
    ["::ffff:10.9.8.7/104", "10.0.0.0/8"],
    ["::ffff:0a00:0001", "10.0.0.1/32"],
    ["64:ff9b::192.0.2.33", "64:ff9b::c000:221/128"],
    [" 10.0.0.1 ", "10.0.0.1/32"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseCidr(input)).toBe(expected);
  });

  it.each([
    "10.0.0.0/33",
    "999.1.1.1",
    "abc",
    "::1/129",
    "",
    "10.0.0",
    "10.0.0.0.0",
    "10.0.0.256",
    "010.0.0.1",
    "10.0.0.0/",
    "10.0.0.0/-1",
    "10.0.0.0/08",
    "10.0.0.0/8/8",
    "10.0.0.0/ 8",
    "1::2::3",
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7:8::",
    "12345::",
    "g::1",
    ":1::",
    "1.2.3.4::1",
    "fe80::1%eth0",
    "::ffff:1.2.3.4/95",
    "1:2:3:4:5:6:7:1.2.3.4",
  ])("rejects %j", (input) => {
    expect(normaliseCidr(input)).toBeNull();
  });

  it("agrees with node:net about which addresses are valid", () => {
    const samples = [
      "1.2.3.4",
      "::",
      "::1",
      "1::",
      "1:2:3:4:5:6:7:8",
      "1:2:3:4:5:6:1.2.3.4",
      "::1.2.3.4",
      "1::2:3",
      "1:2:3:4:5:6:7::",
      "::2:3:4:5:6:7:8",
      "1:2:3:4:5:6:7:8:9",
      ":::",
      "1:::2",
      "01.2.3.4",
      "1.2.3.04",
      "ffff::ffff:ffff",
      "::ffff:256.1.1.1",
      "1::2::3",
      "abcd",
      "1.2.3.4.5",
    ];
    for (const sample of samples) {
      expect(normaliseCidr(sample) !== null, sample).toBe(isIP(sample) !== 0);
    }
  });
});

describe("parseCidrList", () => {
  it("accepts an empty list (any address)", () => {
    expect(parseCidrList("")).toEqual({ ok: true, ranges: [] });
    expect(parseCidrList(" \n ,, ")).toEqual({ ok: true, ranges: [] });
  });

  it("splits on commas, spaces and newlines, normalises and removes duplicates", () => {
    expect(parseCidrList("10.0.0.1, 192.168.0.0/16\n2001:db8::/32  10.0.0.1/32\r\n10.0.0.1")).toEqual({
      ok: true,
      ranges: ["10.0.0.1/32", "192.168.0.0/16", "2001:db8::/32"],
    });
  });

  it("names every bad entry", () => {
    expect(parseCidrList("10.0.0.0/33, 10.0.0.1\n999.1.1.1 abc ::1/129")).toEqual({
      ok: false,
      invalid: ["10.0.0.0/33", "999.1.1.1", "abc", "::1/129"],
    });
  });
});

describe("ipAllowed", () => {
  it("allows every address when the list is empty", () => {
    expect(ipAllowed("203.0.113.9", [])).toBe(true);
    expect(ipAllowed("2001:db8::1", [])).toBe(true);
    expect(ipAllowed("not an ip", [])).toBe(true);
  });

  it("matches IPv4 ranges at their edges", () => {
    const ranges = ["10.0.0.0/8", "192.168.1.5/32"];
    expect(ipAllowed("10.0.0.0", ranges)).toBe(true);
    expect(ipAllowed("10.255.255.255", ranges)).toBe(true);
    expect(ipAllowed("11.0.0.0", ranges)).toBe(false);
    expect(ipAllowed("9.255.255.255", ranges)).toBe(false);
    expect(ipAllowed("192.168.1.5", ranges)).toBe(true);
    expect(ipAllowed("192.168.1.6", ranges)).toBe(false);
  });

  it("matches prefixes that do not fall on a byte boundary", () => {
    expect(ipAllowed("172.31.255.255", ["172.16.0.0/12"])).toBe(true);
    expect(ipAllowed("172.32.0.0", ["172.16.0.0/12"])).toBe(false);
    expect(ipAllowed("2001:db8:7fff::1", ["2001:db8::/33"])).toBe(true);
    expect(ipAllowed("2001:db8:8000::1", ["2001:db8::/33"])).toBe(false);
  });

  it("matches IPv6 ranges", () => {
    expect(ipAllowed("2001:db8::abcd", ["2001:db8::/32"])).toBe(true);
    expect(ipAllowed("2001:db9::1", ["2001:db8::/32"])).toBe(false);
    expect(ipAllowed("::1", ["::1/128"])).toBe(true);
    expect(ipAllowed("fe80::1%eth0", ["fe80::/10"])).toBe(true);
  });

  it("treats IPv4-mapped IPv6 client addresses as IPv4", () => {
    expect(ipAllowed("::ffff:10.1.2.3", ["10.0.0.0/8"])).toBe(true);
    expect(ipAllowed("::FFFF:10.1.2.3", ["10.0.0.0/8"])).toBe(true);
    expect(ipAllowed("::ffff:a01:203", ["10.0.0.0/8"])).toBe(true);
    expect(ipAllowed("::ffff:11.1.2.3", ["10.0.0.0/8"])).toBe(false);
  });

  it("never lets one family's range cover the other", () => {
    expect(ipAllowed("10.0.0.1", ["::/0"])).toBe(false);
    expect(ipAllowed("2001:db8::1", ["0.0.0.0/0"])).toBe(false);
  });

  it("refuses client addresses it cannot parse", () => {
    expect(ipAllowed("unknown", ["0.0.0.0/0"])).toBe(false);
    expect(ipAllowed("", ["0.0.0.0/0"])).toBe(false);
    expect(ipAllowed("10.0.0.1:443", ["10.0.0.0/8"])).toBe(false);
  });

  it("ignores a stored range that is not valid instead of widening access", () => {
    expect(ipAllowed("10.0.0.1", ["garbage"])).toBe(false);
    expect(ipAllowed("10.0.0.1", ["garbage", "10.0.0.0/8"])).toBe(true);
  });
});
