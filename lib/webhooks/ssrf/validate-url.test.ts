import { describe, expect, it, vi } from "vitest";
import { forbiddenAddressReason } from "./address-rules";
import { EMPTY_ALLOW_LIST, parseAllowList, type WebhookAllowList } from "./allow-list";
import type { Resolver } from "./resolver";
import { validateWebhookUrl } from "./validate-url";

// No test here may reach a real resolver: every name resolves through this table.
function fakeDns(table: Record<string, string[]>): Resolver {
  return vi.fn(async (hostname: string) => {
    const addresses = table[hostname];
    if (!addresses) throw new Error(`ENOTFOUND ${hostname}`);
    return addresses.map((address) => ({
      address,
      family: address.includes(":") ? (6 as const) : (4 as const),
    }));
  });
}

function allow(text: string): WebhookAllowList {
  const parsed = parseAllowList(text);
  if (!parsed.ok) throw new Error(`bad allow list: ${parsed.invalid.join(", ")}`);
  return parsed.list;
}

const dns = fakeDns({
  "hooks.example.com": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
  "internal.example.com": ["10.0.0.7"],
  "sneaky.example.com": ["93.184.215.14", "127.0.0.1"],
  "metadata.example.com": ["169.254.169.254"],
  "mapped.example.com": ["::ffff:192.168.1.10"],
  "receiver.test": ["127.0.0.1"],
});

const check = (url: string, allowList: WebhookAllowList = EMPTY_ALLOW_LIST) =>
  validateWebhookUrl(url, { resolver: dns, allowList });

describe("the webhook URL guard", () => {
  it.each([
    "http://127.0.0.1/hook",
    "http://[::1]/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/",
    "http://0x7f.1/",
    "http://2130706433/",
    "http://0177.0.0.1/",
  ])("refuses %s (plain http to a host nobody allowed)", async (url) => {
    expect(await check(url)).toEqual({ ok: false, error: "urlHttpNotAllowed" });
  });

  it.each([
    "https://127.0.0.1/hook",
    "https://[::1]/hook",
    "https://169.254.169.254/",
    "https://10.0.0.1/",
    "https://0x7f.1/",
    "https://[::ffff:127.0.0.1]/",
    "https://[::ffff:a00:1]/",
    "https://[fe80::1]/",
    "https://[fd00::1]/",
    "https://100.64.0.1/",
    "https://172.16.5.4/",
    "https://192.168.0.1/",
    "https://0.0.0.0/",
    "https://[::]/",
    "https://224.0.0.1/",
    "https://[64:ff9b::a00:1]/",
    "https://internal.example.com/",
    "https://metadata.example.com/",
    "https://mapped.example.com/",
    "https://sneaky.example.com/",
  ])("refuses %s (a private, loopback, link-local or special address)", async (url) => {
    expect(await check(url)).toEqual({ ok: false, error: "urlPrivateAddress" });
  });

  it("accepts https to a public host, with the addresses to connect to", async () => {
    const result = await check("https://hooks.example.com/keyward#ignored");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.url.toString()).toBe("https://hooks.example.com/keyward");
    expect(result.addresses.map((a) => a.address)).toEqual([
      "93.184.215.14",
      "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
    ]);
  });

  it("says why other URLs are refused", async () => {
    expect(await check("")).toEqual({ ok: false, error: "urlRequired" });
    expect(await check(`https://hooks.example.com/${"a".repeat(2_000)}`)).toEqual({
      ok: false,
      error: "urlTooLong",
    });
    expect(await check("not a url")).toEqual({ ok: false, error: "urlInvalid" });
    expect(await check("ftp://hooks.example.com/")).toEqual({ ok: false, error: "urlScheme" });
    expect(await check("https://user:pw@hooks.example.com/")).toEqual({ ok: false, error: "urlCredentials" });
    expect(await check("https://nowhere.example.com/")).toEqual({ ok: false, error: "urlUnresolvable" });
  });

  it("lets the configured hosts through, for http and for private addresses", async () => {
    const list = allow("127.0.0.1, receiver.test, 10.0.0.0/8");
    expect((await check("http://127.0.0.1:8080/hook", list)).ok).toBe(true);
    expect((await check("http://0x7f.1/", list)).ok).toBe(true);
    expect((await check("http://receiver.test/", list)).ok).toBe(true);
    expect((await check("https://internal.example.com/", list)).ok).toBe(true);
    // Listing 127.0.0.1 allows neither another loopback address nor http to other hosts.
    expect(await check("http://127.0.0.2/", list)).toEqual({ ok: false, error: "urlHttpNotAllowed" });
    expect(await check("https://[::1]/", list)).toEqual({ ok: false, error: "urlPrivateAddress" });
    expect(await check("https://metadata.example.com/", list)).toEqual({
      ok: false,
      error: "urlPrivateAddress",
    });
    expect(await check("http://[::1]/", allow("::1"))).toMatchObject({ ok: true });
  });
});

describe("the address rules", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.31.255.255", "private"],
    ["192.168.10.1", "private"],
    ["fc00::1", "uniqueLocal"],
    ["169.254.169.254", "linkLocal"],
    ["fe80::1", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["239.255.255.250", "multicast"],
    ["ff02::1", "multicast"],
    ["::7f00:1", "reserved"],
  ])("refuses %s (%s)", (address, reason) => {
    expect(forbiddenAddressReason(address)).toBe(reason);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111"])("accepts %s", (address) => {
    expect(forbiddenAddressReason(address)).toBeNull();
  });
});

describe("KEYWARD_WEBHOOK_ALLOWED_HOSTS", () => {
  it("reads host names, addresses and ranges, and names what it cannot read", () => {
    expect(parseAllowList(" Hooks.Internal , 127.0.0.1, ::1, 10.0.0.0/8 ,")).toEqual({
      ok: true,
      list: { hosts: ["hooks.internal"], ranges: ["127.0.0.1/32", "::1/128", "10.0.0.0/8"] },
    });
    expect(parseAllowList("ok.example, http://x, 10.0.0.0/99")).toEqual({
      ok: false,
      invalid: ["http://x", "10.0.0.0/99"],
    });
  });
});
