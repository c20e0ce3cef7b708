import { describe, expect, it } from "vitest";
import { generateToken } from "@/tests/support/generate-token";
import { formatToken } from "./format";
import { hashSecret } from "./hash";
import { decideToken, type DecideTokenInput, type TokenRecord } from "./verify-token";

const KEY = "test-hash-key-that-is-long-enough-32";
const NOW = new Date("2026-06-15T12:00:00Z");
const HOUR = 60 * 60 * 1000;
const at = (offsetHours: number) => new Date(NOW.getTime() + offsetHours * HOUR);

function issue(over: Partial<TokenRecord> = {}) {
  const { token, publicId, secret } = generateToken();
  const record: TokenRecord = {
    id: "tok_1",
    accountId: "acc_1",
    name: "CRM sync",
    publicId,
    secretHash: hashSecret(secret, KEY),
    previousSecretHash: null,
    previousSecretExpiresAt: null,
    expiresAt: at(24 * 30),
    disabledAt: null,
    revokedAt: null,
    scope: "read_write",
    allowedIpRanges: [],
    apiVersionName: "2026-01",
    sectionKeys: ["leads", "reports"],
    accountApiAccessEnabled: true,
    owner: { id: "usr_1", email: "bot@example.com", membershipActive: true, role: "administrator" },
    ...over,
  };
  return { token, publicId, secret, record };
}

// A fake data layer that remembers what it was asked.
function loader(...records: TokenRecord[]) {
  const calls: string[] = [];
  const load = async (publicId: string) => {
    calls.push(publicId);
    return records.find((r) => r.publicId === publicId) ?? null;
  };
  return { load, calls };
}

function input(raw: string | null | undefined, over: Partial<DecideTokenInput> = {}): DecideTokenInput {
  return { raw, clientIp: "203.0.113.10", required: [], now: NOW, hashKey: KEY, ...over };
}

async function reasonFor(record: TokenRecord, raw: string, over: Partial<DecideTokenInput> = {}) {
  const decision = await decideToken(input(raw, over), loader(record).load);
  return decision.ok ? "ok" : decision.reason;
}

describe("decideToken: presenting a token", () => {
  it.each([null, undefined, ""])("answers missing for %j without loading", async (raw) => {
    const { load, calls } = loader();
    expect(await decideToken(input(raw), load)).toEqual({ ok: false, reason: "missing" });
    expect(calls).toEqual([]);
  });

  it("answers malformed for bad prefix, length, charset or checksum without loading", async () => {
    const { token } = issue();
    const { load, calls } = loader();
    const bad = [
      "hello",
      `Bearer ${token}`,
      `gh_${token.slice(3)}`,
      token.slice(0, -1),
      `${token.slice(0, 20)}!${token.slice(21)}`,
      `${token.slice(0, -1)}${token.endsWith("a") ? "b" : "a"}`,
    ];
    for (const raw of bad) {
      expect(await decideToken(input(raw), load)).toEqual({ ok: false, reason: "malformed" });
    }
    expect(calls).toEqual([]);
  });

  it("answers unknown when no token has the public id", async () => {
    const { token, publicId } = issue();
    const { load, calls } = loader();
    expect(await decideToken(input(token), load)).toEqual({ ok: false, reason: "unknown" });
    expect(calls).toEqual([publicId]);
  });

  it("answers unknown, not something more telling, for a wrong secret", async () => {
    const { record, publicId } = issue();
    const wrong = formatToken(publicId, generateToken().secret);
    expect(await reasonFor(record, wrong)).toBe("unknown");
  });

  it("answers unknown if the loader returns a row for another public id", async () => {
    const { token } = issue();
    const other = issue().record;
    const decision = await decideToken(input(token), async () => other);
    expect(decision).toEqual({ ok: false, reason: "unknown" });
  });

  it("answers unknown for a wrong secret even when the token is revoked, expired or disabled", async () => {
    const { record, publicId } = issue({ revokedAt: at(-1), expiresAt: at(-1), disabledAt: at(-1) });
    expect(await reasonFor(record, formatToken(publicId, generateToken().secret))).toBe("unknown");
  });

  it("lets a database failure propagate instead of answering", async () => {
    const { token } = issue();
    await expect(decideToken(input(token), async () => Promise.reject(new Error("db down")))).rejects.toThrow(
      "db down",
    );
  });

  it("accepts a valid token and describes it", async () => {
    const { token, record } = issue();
    const decision = await decideToken(input(token), loader(record).load);
    expect(decision).toEqual({
      ok: true,
      token: {
        id: "tok_1",
        name: "CRM sync",
        accountId: "acc_1",
        publicId: record.publicId,
        apiVersion: "2026-01",
        scope: "read_write",
        ownerId: "usr_1",
        ownerEmail: "bot@example.com",
      },
      permissions: ["leads:read", "leads:write", "reports:read", "reports:write"],
    });
  });

  it("never returns the secret or its hash", async () => {
    const { token, secret, record } = issue();
    const text = JSON.stringify(await decideToken(input(token), loader(record).load));
    expect(text).not.toContain(secret);
    expect(text).not.toContain(record.secretHash);
  });
});

describe("decideToken: reset and grace period", () => {
  function reset(graceUntil: Date | null) {
    const old = issue();
    const fresh = generateToken().secret;
    const record: TokenRecord = {
      ...old.record,
      secretHash: hashSecret(fresh, KEY),
      previousSecretHash: graceUntil ? old.record.secretHash : null,
      previousSecretExpiresAt: graceUntil,
    };
    return { record, oldToken: old.token, newToken: formatToken(old.publicId, fresh) };
  }

  it("rejects the old secret at once when the reset kept no grace period", async () => {
    const { record, oldToken, newToken } = reset(null);
    expect(await reasonFor(record, oldToken)).toBe("unknown");
    expect(await reasonFor(record, newToken)).toBe("ok");
  });

  it("accepts the old secret until the grace period ends", async () => {
    const { record, oldToken, newToken } = reset(at(1));
    expect(await reasonFor(record, oldToken)).toBe("ok");
    expect(await reasonFor(record, oldToken, { now: at(0.99) })).toBe("ok");
    expect(await reasonFor(record, newToken)).toBe("ok");
  });

  it("rejects the old secret from the instant the grace period ends", async () => {
    const { record, oldToken, newToken } = reset(at(1));
    expect(await reasonFor(record, oldToken, { now: at(1) })).toBe("unknown");
    expect(await reasonFor(record, oldToken, { now: at(2) })).toBe("unknown");
    expect(await reasonFor(record, newToken, { now: at(2) })).toBe("ok");
  });

  it("ignores a previous hash that has no expiry", async () => {
    const { record, oldToken } = reset(at(1));
    expect(await reasonFor({ ...record, previousSecretExpiresAt: null }, oldToken)).toBe("unknown");
  });

  it("does not let the old secret bypass revocation", async () => {
    const { record, oldToken } = reset(at(1));
    expect(await reasonFor({ ...record, revokedAt: at(-0.5) }, oldToken)).toBe("revoked");
  });

  it("rejects a secret hashed with another key", async () => {
    const { token, record } = issue();
    expect(await reasonFor(record, token, { hashKey: "another-key-that-is-long-enough-32" })).toBe("unknown");
  });
});

describe("decideToken: status, account and owner", () => {
  it("answers revoked, expired, disabled in that precedence", async () => {
    const { token, record } = issue();
    const all = { ...record, revokedAt: at(-1), expiresAt: at(-1), disabledAt: at(-1) };
    expect(await reasonFor(all, token)).toBe("revoked");
    expect(await reasonFor({ ...all, revokedAt: null }, token)).toBe("expired");
    expect(await reasonFor({ ...all, revokedAt: null, expiresAt: at(1) }, token)).toBe("disabled");
  });

  it("answers expired from the instant expiresAt is reached", async () => {
    const { token, record } = issue({ expiresAt: NOW });
    expect(await reasonFor(record, token)).toBe("expired");
    expect(await reasonFor(record, token, { now: at(-0.001) })).toBe("ok");
  });

  it("accepts a token that never expires", async () => {
    const { token, record } = issue({ expiresAt: null });
    expect(await reasonFor(record, token, { now: new Date("2099-01-01T00:00:00Z") })).toBe("ok");
  });

  it("answers api_access_off when the account's API access is off, after the token's own status", async () => {
    const { token, record } = issue({ accountApiAccessEnabled: false });
    expect(await reasonFor(record, token)).toBe("api_access_off");
    expect(await reasonFor({ ...record, disabledAt: at(-1) }, token)).toBe("disabled");
  });

  it("answers owner_inactive when the owner's membership is deactivated, after API access", async () => {
    const owner = { id: "usr_1", email: "bot@example.com", membershipActive: false, role: "administrator" };
    const { token, record } = issue({ owner });
    expect(await reasonFor(record, token)).toBe("owner_inactive");
    expect(await reasonFor({ ...record, accountApiAccessEnabled: false }, token)).toBe("api_access_off");
  });
});

describe("decideToken: client address", () => {
  it("allows any address when no range is set", async () => {
    const { token, record } = issue();
    expect(await reasonFor(record, token, { clientIp: "2001:db8::1" })).toBe("ok");
  });

  it("answers ip_not_allowed outside the ranges, after the owner check", async () => {
    const { token, record } = issue({ allowedIpRanges: ["10.0.0.0/8", "2001:db8::/32"] });
    expect(await reasonFor(record, token, { clientIp: "10.2.3.4" })).toBe("ok");
    expect(await reasonFor(record, token, { clientIp: "::ffff:10.2.3.4" })).toBe("ok");
    expect(await reasonFor(record, token, { clientIp: "2001:db8::5" })).toBe("ok");
    expect(await reasonFor(record, token, { clientIp: "11.2.3.4" })).toBe("ip_not_allowed");
    expect(await reasonFor(record, token, { clientIp: "unknown" })).toBe("ip_not_allowed");
    const inactive = { ...record, owner: { ...record.owner, membershipActive: false } };
    expect(await reasonFor(inactive, token, { clientIp: "11.2.3.4" })).toBe("owner_inactive");
  });

  it("checks the address before the scope", async () => {
    const { token, record } = issue({ allowedIpRanges: ["10.0.0.0/8"] });
    expect(await reasonFor(record, token, { clientIp: "11.2.3.4", required: ["users:write"] })).toBe(
      "ip_not_allowed",
    );
  });
});

describe("decideToken: scope and the owner's role", () => {
  it("passes a required permission the token holds", async () => {
    const { token, record } = issue();
    expect(await reasonFor(record, token, { required: ["leads:write"] })).toBe("ok");
    expect(await reasonFor(record, token, { required: ["reports:read"] })).toBe("ok");
  });

  it("lets a read & write token call read endpoints (write implies read)", async () => {
    const { token, record } = issue({ scope: "read_write", sectionKeys: ["leads"] });
    expect(await reasonFor(record, token, { required: ["leads:read"] })).toBe("ok");
  });

  it("refuses write to a read-only token", async () => {
    const { token, record } = issue({ scope: "read" });
    expect(await reasonFor(record, token, { required: ["leads:read"] })).toBe("ok");
    expect(await reasonFor(record, token, { required: ["leads:write"] })).toBe("insufficient_scope");
  });

  it("answers insufficient_scope for a section the token does not list", async () => {
    const { token, record } = issue({ sectionKeys: ["leads"] });
    expect(await reasonFor(record, token, { required: ["users:read"] })).toBe("insufficient_scope");
    expect(await reasonFor(record, token, { required: ["introspection:read"] })).toBe("insufficient_scope");
  });

  it("passes several required permissions only when every one is granted", async () => {
    const { token, record } = issue({ scope: "read", sectionKeys: ["leads", "reports"] });
    expect(await reasonFor(record, token, { required: ["leads:read", "reports:read"] })).toBe("ok");
    expect(await reasonFor(record, token, { required: ["leads:read", "leads:write"] })).toBe(
      "insufficient_scope",
    );
    expect(await reasonFor(record, token, { required: ["users:read", "leads:read"] })).toBe(
      "insufficient_scope",
    );
  });

  it("answers insufficient_scope for a malformed required permission", async () => {
    const { token, record } = issue();
    expect(await reasonFor(record, token, { required: [""] })).toBe("insufficient_scope");
    expect(await reasonFor(record, token, { required: ["leads"] })).toBe("insufficient_scope");
    expect(await reasonFor(record, token, { required: ["*"] })).toBe("insufficient_scope");
  });

  it("gives a read & write token owned by support staff read access only", async () => {
    const owner = {
      id: "usr_2",
      email: "support@example.com",
      membershipActive: true,
      role: "support_staff",
    };
    const { token, record } = issue({ scope: "read_write", owner });
    const decision = await decideToken(input(token), loader(record).load);
    expect(decision.ok && decision.permissions).toEqual(["leads:read", "reports:read"]);
    expect(await reasonFor(record, token, { required: ["leads:read"] })).toBe("ok");
    expect(await reasonFor(record, token, { required: ["leads:write"] })).toBe("insufficient_scope");
  });

  it("gives an implementation specialist's token its full scope", async () => {
    const owner = {
      id: "usr_3",
      email: "impl@example.com",
      membershipActive: true,
      role: "implementation_specialist",
    };
    const { token, record } = issue({ owner });
    expect(await reasonFor(record, token, { required: ["leads:write"] })).toBe("ok");
  });

  it("lets nothing through for a token whose owner is a Member, with or without a required permission", async () => {
    const owner = { id: "usr_4", email: "member@example.com", membershipActive: true, role: "member" };
    const { token, record } = issue({ owner });
    expect(await reasonFor(record, token)).toBe("insufficient_scope");
    expect(await reasonFor(record, token, { required: ["leads:read"] })).toBe("insufficient_scope");
  });

  it("lets nothing through for an unrecognised role or scope", async () => {
    const { token, record } = issue();
    expect(await reasonFor({ ...record, owner: { ...record.owner, role: "owner" } }, token)).toBe(
      "insufficient_scope",
    );
    expect(await reasonFor({ ...record, scope: "admin" }, token)).toBe("insufficient_scope");
  });

  it("lets nothing through for a token with no sections left", async () => {
    const { token, record } = issue({ sectionKeys: [] });
    expect(await reasonFor(record, token)).toBe("insufficient_scope");
  });
});

describe("decideToken: the verdict a cached record hands out", () => {
  it("is one frozen object per record, and a reloaded record gets its own", async () => {
    const { token, record } = issue();
    const first = await decideToken(input(token), loader(record).load);
    const second = await decideToken(input(token), loader(record).load);
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    if (!first.ok) throw new Error("expected the token to pass");
    expect(Object.isFrozen(first.token) && Object.isFrozen(first.permissions)).toBe(true);
    // A new record object (the row read again after a change) is decided afresh.
    const reloaded = await decideToken(input(token), loader({ ...record, scope: "read" }).load);
    expect(reloaded).not.toBe(first);
    expect(reloaded.ok && reloaded.permissions).toEqual(["leads:read", "reports:read"]);
  });
});
