import { describe, expect, it } from "vitest";
import { readConfig } from "./read-config";

// The HTTP settings as the start command and every process read them.
const KEYS = {
  KEYWARD_TOKEN_HASH_KEY: "t".repeat(40),
  NEXTAUTH_SECRET: "a".repeat(40),
  KEYWARD_AUDIT_KEY: "u".repeat(40),
};
const read = (env: Record<string, string | undefined>) =>
  readConfig(
    { ...KEYS, ...env },
    {
      mode: "process",
      localSecrets: () => {
        throw new Error("not needed");
      },
    },
  );
const httpSettingsFromEnv = (env: Record<string, string | undefined>) => read(env).http;
const listenHost = (env: Record<string, string | undefined>) => read(env).start.host;

describe("http settings", () => {
  it("trusts no proxy by default", () => {
    expect(httpSettingsFromEnv({})).toMatchObject({ trustedProxies: [] });
    expect(httpSettingsFromEnv({ KEYWARD_TRUSTED_PROXIES: "" })).toMatchObject({ trustedProxies: [] });
  });

  it("reads a comma-separated CIDR list in its canonical form", () => {
    expect(httpSettingsFromEnv({ KEYWARD_TRUSTED_PROXIES: "10.0.0.7/24, 127.0.0.1,::1" })).toMatchObject({
      trustedProxies: ["10.0.0.0/24", "127.0.0.1/32", "::1/128"],
    });
  });

  it("refuses an entry that is not a range, naming it", () => {
    expect(() => httpSettingsFromEnv({ KEYWARD_TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal" })).toThrow(
      /KEYWARD_TRUSTED_PROXIES.*proxy\.internal/,
    );
  });

  it("refuses the retired on/off switch, naming its replacement", () => {
    expect(() => httpSettingsFromEnv({ KEYWARD_TRUST_PROXY: "true" })).toThrow(
      /KEYWARD_TRUST_PROXY: is no longer read.*KEYWARD_TRUSTED_PROXIES/,
    );
    expect(() => httpSettingsFromEnv({ KEYWARD_TRUST_PROXY: "false" })).toThrow(/KEYWARD_TRUSTED_PROXIES/);
  });

  it("waits 10 s for requests under way at shutdown unless told otherwise", () => {
    expect(httpSettingsFromEnv({}).shutdownGraceMs).toBe(10_000);
    expect(httpSettingsFromEnv({ KEYWARD_SHUTDOWN_GRACE_SECONDS: "0" }).shutdownGraceMs).toBe(0);
    expect(httpSettingsFromEnv({ KEYWARD_SHUTDOWN_GRACE_SECONDS: "45" }).shutdownGraceMs).toBe(45_000);
  });

  it.each(["-1", "301", "soon", "1.5"])("refuses a shutdown grace of %s", (value) => {
    expect(() => httpSettingsFromEnv({ KEYWARD_SHUTDOWN_GRACE_SECONDS: value })).toThrow(
      /KEYWARD_SHUTDOWN_GRACE_SECONDS/,
    );
  });
});

describe("listenHost", () => {
  it("listens on loopback unless HOST says otherwise", () => {
    expect(listenHost({})).toBe("127.0.0.1");
    expect(listenHost({ HOST: "" })).toBe("127.0.0.1");
    expect(listenHost({ HOST: "0.0.0.0" })).toBe("0.0.0.0");
    expect(listenHost({ HOST: "::" })).toBe("::");
  });
});
