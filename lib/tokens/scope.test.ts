import { describe, expect, it } from "vitest";
import {
  effectiveAccess,
  grantedPermissions,
  parsePermission,
  permission,
  permits,
  tokenScopeSchema,
} from "./scope";

describe("tokenScopeSchema", () => {
  it("accepts the two scopes", () => {
    expect(tokenScopeSchema.parse("read")).toBe("read");
    expect(tokenScopeSchema.parse("read_write")).toBe("read_write");
  });

  it("rejects anything else with a readable message", () => {
    const result = tokenScopeSchema.safeParse("admin");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Choose Read only or Read & write");
  });
});

describe("parsePermission", () => {
  it("parses <sectionKey>:read and <sectionKey>:write", () => {
    expect(parsePermission("leads:read")).toEqual({ sectionKey: "leads", action: "read" });
    expect(parsePermission("call_logs:write")).toEqual({ sectionKey: "call_logs", action: "write" });
    expect(permission("leads", "write")).toBe("leads:write");
  });

  it.each([
    "",
    "leads",
    "leads:",
    ":read",
    "leads:admin",
    "Leads:read",
    "leads:READ",
    "leads:read ",
    "a:b:read",
    "1leads:read",
    `${"a".repeat(65)}:read`,
    "leads:read\n",
  ])("rejects %j", (text) => {
    expect(parsePermission(text)).toBeNull();
  });
});

describe("effectiveAccess", () => {
  it("is the intersection of the token's scope and the owner's role", () => {
    expect(effectiveAccess("read_write", "read_write")).toBe("read_write");
    expect(effectiveAccess("read_write", "read")).toBe("read");
    expect(effectiveAccess("read_write", "none")).toBe("none");
    expect(effectiveAccess("read", "read_write")).toBe("read");
    expect(effectiveAccess("read", "read")).toBe("read");
    expect(effectiveAccess("read", "none")).toBe("none");
  });
});

describe("grantedPermissions", () => {
  const sections = ["leads", "reports"];

  it("grants read and write per section to a read & write token (write implies read)", () => {
    expect(grantedPermissions("read_write", "read_write", sections)).toEqual([
      "leads:read",
      "leads:write",
      "reports:read",
      "reports:write",
    ]);
  });

  it("grants read only when the token or its owner is limited to reading", () => {
    expect(grantedPermissions("read", "read_write", sections)).toEqual(["leads:read", "reports:read"]);
    expect(grantedPermissions("read_write", "read", sections)).toEqual(["leads:read", "reports:read"]);
  });

  it("grants nothing when the owner's role has no API access, or no section is listed", () => {
    expect(grantedPermissions("read_write", "none", sections)).toEqual([]);
    expect(grantedPermissions("read_write", "read_write", [])).toEqual([]);
  });

  it("ignores duplicate and malformed section keys", () => {
    expect(grantedPermissions("read", "read", ["leads", "leads", "Bad Key", "x:y"])).toEqual(["leads:read"]);
  });
});

describe("permits", () => {
  const granted = ["leads:read", "leads:write", "reports:read"];

  it("allows exactly the granted permissions", () => {
    expect(permits(granted, "leads:write")).toBe(true);
    expect(permits(granted, "reports:read")).toBe(true);
    expect(permits(granted, "reports:write")).toBe(false);
    expect(permits(granted, "users:read")).toBe(false);
  });

  it("refuses a malformed required permission even if it appears in the list", () => {
    expect(permits(["*", ...granted], "*")).toBe(false);
    expect(permits(granted, "")).toBe(false);
  });
});
