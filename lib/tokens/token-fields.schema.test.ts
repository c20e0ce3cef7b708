import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ExpiryRule } from "./expiry-rule";
import { TOKEN_FIELD_MESSAGES as M } from "./messages";
import {
  expiresAtFrom,
  tokenDuplicateFieldsSchema,
  tokenEditFieldsSchema,
  tokenFieldsSchema,
} from "./token-fields.schema";

const NOW = new Date("2026-06-15T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
// What expiryRuleFor gives an administrator, and a specialist under the default limit.
const ADMIN: ExpiryRule = { allowNever: true, maxDays: 3650 };
const SPECIALIST: ExpiryRule = { allowNever: false, maxDays: 365 };

const valid = {
  name: "CRM sync",
  description: "Nightly lead import from the CRM",
  scope: "read",
  sectionIds: ["sec_leads", "sec_reports"],
  apiVersionId: "ver_2026",
  expiration: "90d",
  customDate: undefined,
  ownerId: "usr_1",
  allowedIpRanges: "",
  technicalContact: "",
};

function parse(over: Record<string, unknown> = {}) {
  return tokenFieldsSchema(ADMIN, NOW).safeParse({ ...valid, ...over });
}

// Keyed by form field, like the actions' FieldErrors (customDate is an input-only field).
function errorsOf(over: Record<string, unknown>): Record<string, string[] | undefined> {
  const result = parse(over);
  expect(result.success).toBe(false);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("tokenFieldsSchema", () => {
  it("accepts a complete form and turns it into what the action stores", () => {
    const result = parse();
    expect(result.success && result.data).toEqual({
      name: "CRM sync",
      description: "Nightly lead import from the CRM",
      scope: "read",
      sectionIds: ["sec_leads", "sec_reports"],
      apiVersionId: "ver_2026",
      expiration: "90d",
      ownerId: "usr_1",
      allowedIpRanges: [],
      technicalContact: null,
      expiresAt: new Date(NOW.getTime() + 90 * DAY),
    });
  });

  it("reports every bad field at once, keyed by field name", () => {
    const errors = errorsOf({
      name: " ",
      sectionIds: [],
      expiration: "custom",
      customDate: "2020-01-01",
      technicalContact: "x",
    });
    expect(errors).toEqual({
      name: ["Enter a name"],
      sectionIds: ["Select at least one API section"],
      customDate: ["Choose a date in the future"],
      technicalContact: ["Enter a valid email address, like name@example.com"],
    });
  });

  describe("name", () => {
    it("is required", () => {
      expect(errorsOf({ name: "" }).name).toEqual(["Enter a name"]);
      expect(errorsOf({ name: "   \t " }).name).toEqual(["Enter a name"]);
      expect(errorsOf({ name: undefined }).name).toEqual(["Enter a name"]);
    });

    it("is at most 100 characters after trimming", () => {
      expect(errorsOf({ name: "a".repeat(101) }).name).toEqual(["Name must be 100 characters or fewer"]);
      const ok = parse({ name: `  ${"a".repeat(100)}  ` });
      expect(ok.success && ok.data.name).toBe("a".repeat(100));
    });

    it("counts characters, not UTF-16 units", () => {
      expect(parse({ name: "🔑".repeat(100) }).success).toBe(true);
      expect(errorsOf({ name: "🔑".repeat(101) }).name).toEqual(["Name must be 100 characters or fewer"]);
    });

    it("keeps HTML and SQL as plain text, trimmed", () => {
      for (const name of ["<script>alert(1)</script>", "x'); DROP TABLE ApiToken;--", "a & b <b>"]) {
        const result = parse({ name: `  ${name}\n` });
        expect(result.success && result.data.name).toBe(name);
      }
    });

    it("refuses line breaks and control characters inside the name", () => {
      expect(errorsOf({ name: "line\nbreak" }).name).toEqual([M.nameControlCharacters]);
      expect(errorsOf({ name: "nul\u0000" }).name).toEqual([M.nameControlCharacters]);
    });

    it.each([
      ["a right-to-left override", "\u202e"],
      ["a left-to-right isolate", "\u2066"],
      ["a pop directional isolate", "\u2069"],
      ["a zero-width space", "\u200b"],
      ["a zero-width joiner", "\u200d"],
      ["a byte-order mark", "\ufeff"],
      ["a soft hyphen", "\u00ad"],
    ])("refuses %s inside the name", (_what, character) => {
      expect(errorsOf({ name: `Billing${character}sync` }).name).toEqual([M.nameControlCharacters]);
    });
  });

  describe("description", () => {
    it("is optional and trimmed", () => {
      const missing = parse({ description: undefined });
      expect(missing.success && missing.data.description).toBe("");
      const padded = parse({ description: "  for the CRM  " });
      expect(padded.success && padded.data.description).toBe("for the CRM");
    });

    it("keeps line breaks, stored as LF", () => {
      const result = parse({ description: "Nightly import\r\nfrom the CRM\nto billing" });
      expect(result.success && result.data.description).toBe("Nightly import\nfrom the CRM\nto billing");
    });

    it.each([
      ["a tab", "\t"],
      ["a lone carriage return", "\r"],
      ["a right-to-left override", "\u202e"],
      ["a first strong isolate", "\u2068"],
      ["a zero-width non-joiner", "\u200c"],
      ["a byte-order mark", "\ufeff"],
      ["NUL", "\u0000"],
    ])("refuses %s inside the description", (_what, character) => {
      expect(errorsOf({ description: `Nightly${character}import` }).description).toEqual([
        M.descriptionControlCharacters,
      ]);
    });

    it("is at most 500 characters", () => {
      expect(parse({ description: "d".repeat(500) }).success).toBe(true);
      expect(errorsOf({ description: "d".repeat(501) }).description).toEqual([
        "Description must be 500 characters or fewer",
      ]);
    });
  });

  describe("scope", () => {
    it("is read or read_write", () => {
      expect(parse({ scope: "read_write" }).success).toBe(true);
      expect(errorsOf({ scope: "write" }).scope).toEqual(["Choose Read only or Read & write"]);
      expect(errorsOf({ scope: undefined }).scope).toEqual(["Choose Read only or Read & write"]);
    });
  });

  describe("sectionIds", () => {
    it("requires at least one section", () => {
      expect(errorsOf({ sectionIds: [] }).sectionIds).toEqual(["Select at least one API section"]);
      expect(errorsOf({ sectionIds: undefined }).sectionIds).toEqual(["Select at least one API section"]);
    });

    it("removes duplicates", () => {
      const result = parse({ sectionIds: ["a", "b", "a"] });
      expect(result.success && result.data.sectionIds).toEqual(["a", "b"]);
    });

    it("refuses empty, oversized or non-string ids", () => {
      expect(errorsOf({ sectionIds: [""] }).sectionIds).toEqual(["Select API sections from the list"]);
      expect(errorsOf({ sectionIds: ["x".repeat(65)] }).sectionIds).toEqual([
        "Select API sections from the list",
      ]);
      expect(errorsOf({ sectionIds: "sec_leads" }).sectionIds).toEqual(["Select API sections from the list"]);
    });
  });

  describe("apiVersionId and ownerId", () => {
    it("are required", () => {
      expect(errorsOf({ apiVersionId: "" }).apiVersionId).toEqual(["Choose an API version"]);
      expect(errorsOf({ ownerId: undefined }).ownerId).toEqual(["Choose an owner"]);
      expect(errorsOf({ ownerId: "o".repeat(65) }).ownerId).toEqual(["Choose an owner"]);
    });
  });

  it("reports a past custom date even when the IP list is unreadable", () => {
    const errors = errorsOf({
      expiration: "custom",
      customDate: "2020-01-01",
      allowedIpRanges: "10.0.0.0/33",
    });
    expect(errors.customDate).toEqual(["Choose a date in the future"]);
    expect(errors.allowedIpRanges).toHaveLength(1);
  });

  it("edit also reports a past custom date next to an unreadable IP list", () => {
    const result = tokenEditFieldsSchema(ADMIN, NOW).safeParse({
      ...valid,
      expiration: "custom",
      customDate: "2020-01-01",
      allowedIpRanges: "x",
    });
    expect(result.success).toBe(false);
    const errors: Record<string, string[] | undefined> = result.success
      ? {}
      : z.flattenError(result.error).fieldErrors;
    expect(errors.customDate).toEqual(["Choose a date in the future"]);
  });

  describe("expiration", () => {
    it.each([
      ["7d", 7],
      ["30d", 30],
      ["60d", 60],
      ["90d", 90],
    ])("%s expires %i days from now", (expiration, days) => {
      const result = parse({ expiration });
      expect(result.success && result.data.expiresAt).toEqual(new Date(NOW.getTime() + days * DAY));
    });

    it("1y expires on the same date next year", () => {
      const result = parse({ expiration: "1y" });
      expect(result.success && result.data.expiresAt).toEqual(new Date("2027-06-15T12:00:00Z"));
    });

    it("never has no expiry", () => {
      const result = parse({ expiration: "never" });
      expect(result.success && result.data.expiresAt).toBeNull();
    });

    it("refuses other values, including the edit form's keep", () => {
      expect(errorsOf({ expiration: "2w" }).expiration).toEqual(["Choose when the token expires"]);
      expect(errorsOf({ expiration: "keep" }).expiration).toEqual(["Choose when the token expires"]);
      expect(errorsOf({ expiration: undefined }).expiration).toEqual(["Choose when the token expires"]);
    });

    it("a custom date lasts through the end of that day (UTC)", () => {
      const result = parse({ expiration: "custom", customDate: "2026-07-01" });
      expect(result.success && result.data.expiresAt).toEqual(new Date("2026-07-01T23:59:59.999Z"));
    });

    it("a custom date of today is still in the future; yesterday is not", () => {
      expect(parse({ expiration: "custom", customDate: "2026-06-15" }).success).toBe(true);
      expect(errorsOf({ expiration: "custom", customDate: "2026-06-14" }).customDate).toEqual([
        "Choose a date in the future",
      ]);
      expect(errorsOf({ expiration: "custom", customDate: "1999-12-31" }).customDate).toEqual([
        "Choose a date in the future",
      ]);
    });

    it("a custom date must be a real YYYY-MM-DD date", () => {
      for (const customDate of [
        undefined,
        "",
        "2026-02-30",
        "2026-13-01",
        "01/07/2027",
        "2027-7-1",
        "tomorrow",
      ]) {
        expect(errorsOf({ expiration: "custom", customDate }).customDate).toEqual([
          "Enter a date as YYYY-MM-DD",
        ]);
      }
    });

    it("ignores the custom date unless custom is chosen", () => {
      const result = parse({ expiration: "30d", customDate: "garbage" });
      expect(result.success && result.data.expiresAt).toEqual(new Date(NOW.getTime() + 30 * DAY));
    });
  });

  describe("allowedIpRanges", () => {
    it("is optional: empty means any address", () => {
      const result = parse({ allowedIpRanges: undefined });
      expect(result.success && result.data.allowedIpRanges).toEqual([]);
    });

    it("is normalised from a comma, space or newline separated list", () => {
      const result = parse({ allowedIpRanges: "10.1.2.3/8,\n192.0.2.7  2001:DB8::/32" });
      expect(result.success && result.data.allowedIpRanges).toEqual([
        "10.0.0.0/8",
        "192.0.2.7/32",
        "2001:db8::/32",
      ]);
    });

    it("names the bad entries", () => {
      expect(errorsOf({ allowedIpRanges: "10.0.0.0/33" }).allowedIpRanges).toEqual([
        "Not a valid IP address or CIDR range: 10.0.0.0/33",
      ]);
      expect(errorsOf({ allowedIpRanges: "10.0.0.1, 999.1.1.1\nabc ::1/129" }).allowedIpRanges).toEqual([
        "Not valid IP addresses or CIDR ranges: 999.1.1.1, abc, ::1/129",
      ]);
    });

    it("shortens a long list of bad entries", () => {
      const bad = Array.from({ length: 8 }, (_, i) => `bad${i}`).join(" ");
      expect(errorsOf({ allowedIpRanges: bad }).allowedIpRanges).toEqual([
        "Not valid IP addresses or CIDR ranges: bad0, bad1, bad2, bad3, bad4 and 3 more",
      ]);
    });

    it("accepts at most 100 ranges", () => {
      const ranges = (n: number) => Array.from({ length: n }, (_, i) => `10.0.${i}.0/24`).join("\n");
      expect(parse({ allowedIpRanges: ranges(100) }).success).toBe(true);
      expect(errorsOf({ allowedIpRanges: ranges(101) }).allowedIpRanges).toEqual([
        "Enter at most 100 IP addresses or ranges",
      ]);
    });
  });

  describe("technicalContact", () => {
    it("is optional", () => {
      const result = parse({ technicalContact: undefined });
      expect(result.success && result.data.technicalContact).toBeNull();
    });

    it("is a trimmed email address", () => {
      const result = parse({ technicalContact: "  ops@example.com " });
      expect(result.success && result.data.technicalContact).toBe("ops@example.com");
    });

    it.each(["ops", "ops@", "@example.com", "ops@example", "a b@example.com", "<ops@example.com>"])(
      "refuses %j",
      (technicalContact) => {
        expect(errorsOf({ technicalContact }).technicalContact).toEqual([
          "Enter a valid email address, like name@example.com",
        ]);
      },
    );
  });
});

describe("tokenEditFieldsSchema", () => {
  const edit = {
    name: "CRM sync",
    scope: "read_write",
    sectionIds: ["sec_leads"],
    expiration: "keep",
    allowedIpRanges: "10.0.0.0/8",
  };

  it("keeps the current expiry with keep, and needs no version or owner", () => {
    const result = tokenEditFieldsSchema(ADMIN, NOW).safeParse(edit);
    expect(result.success && result.data).toEqual({
      name: "CRM sync",
      description: "",
      scope: "read_write",
      sectionIds: ["sec_leads"],
      expiration: "keep",
      allowedIpRanges: ["10.0.0.0/8"],
      technicalContact: null,
      expiresAt: undefined,
    });
  });

  it("sets a new expiry from a preset or a custom date", () => {
    const preset = tokenEditFieldsSchema(ADMIN, NOW).safeParse({ ...edit, expiration: "7d" });
    expect(preset.success && preset.data.expiresAt).toEqual(new Date(NOW.getTime() + 7 * DAY));
    const never = tokenEditFieldsSchema(ADMIN, NOW).safeParse({ ...edit, expiration: "never" });
    expect(never.success && never.data.expiresAt).toBeNull();
    const past = tokenEditFieldsSchema(ADMIN, NOW).safeParse({
      ...edit,
      expiration: "custom",
      customDate: "2026-01-01",
    });
    expect(past.success).toBe(false);
  });

  it("applies the same field rules as create", () => {
    const result = tokenEditFieldsSchema(ADMIN, NOW).safeParse({ ...edit, name: "", sectionIds: [] });
    expect(result.success ? {} : z.flattenError(result.error).fieldErrors).toEqual({
      name: ["Enter a name"],
      sectionIds: ["Select at least one API section"],
    });
  });
});

describe("expiresAtFrom", () => {
  it("handles a leap day for one year", () => {
    const leap = new Date("2028-02-29T08:00:00Z");
    expect(expiresAtFrom("1y", undefined, leap)).toEqual(new Date("2029-03-01T08:00:00Z"));
  });

  it("throws on a custom date the schema would have refused", () => {
    expect(() => expiresAtFrom("custom", "2026-02-30", NOW)).toThrow();
  });
});

describe("the expiry rule of a non-administrator", () => {
  const asSpecialist = (over: Record<string, unknown>) =>
    tokenFieldsSchema(SPECIALIST, NOW).safeParse({ ...valid, ...over });
  const errors = (result: ReturnType<typeof asSpecialist>) =>
    result.success ? {} : z.flattenError(result.error).fieldErrors;

  it.each(["7d", "30d", "60d", "90d", "1y"])("allows the %s preset", (expiration) => {
    expect(asSpecialist({ expiration }).success).toBe(true);
  });

  it("allows 1 year across a leap day, though it lasts 366 days", () => {
    const beforeLeap = new Date("2027-03-01T09:00:00Z");
    const result = tokenFieldsSchema(SPECIALIST, beforeLeap).safeParse({ ...valid, expiration: "1y" });
    expect(result.success && result.data.expiresAt).toEqual(new Date("2028-03-01T09:00:00Z"));
  });

  it("refuses No expiration on the expiration field", () => {
    expect(errors(asSpecialist({ expiration: "never" }))).toEqual({ expiration: [M.noExpirationAdminOnly] });
  });

  it("allows a custom date up to the last allowed day, and refuses the day after", () => {
    // 2026-06-15 + 365 days is 2027-06-15.
    const last = asSpecialist({ expiration: "custom", customDate: "2027-06-15" });
    expect(last.success && last.data.expiresAt).toEqual(new Date("2027-06-15T23:59:59.999Z"));
    expect(errors(asSpecialist({ expiration: "custom", customDate: "2027-06-16" }))).toEqual({
      customDate: [M.customDateTooFar(365)],
    });
  });

  it.each(["9999-12-31", "2100-01-01", "2036-06-15"])("refuses the custom date %s", (customDate) => {
    expect(errors(asSpecialist({ expiration: "custom", customDate }))).toEqual({
      customDate: [M.customDateTooFar(365)],
    });
  });

  it("refuses presets longer than a shorter configured limit", () => {
    const ninety: ExpiryRule = { allowNever: false, maxDays: 90 };
    const parse = (expiration: string) => tokenFieldsSchema(ninety, NOW).safeParse({ ...valid, expiration });
    expect(parse("90d").success).toBe(true);
    const refused = parse("1y");
    expect(refused.success ? {} : z.flattenError(refused.error).fieldErrors).toEqual({
      expiration: [M.lifetimeTooLong(90)],
    });
  });

  it("applies to edits too, but keep leaves the expiry alone", () => {
    const edit = { name: "CRM sync", scope: "read", sectionIds: ["sec_leads"], allowedIpRanges: "" };
    const schema = tokenEditFieldsSchema(SPECIALIST, NOW);
    const far = schema.safeParse({ ...edit, expiration: "custom", customDate: "9999-12-31" });
    expect(far.success ? {} : z.flattenError(far.error).fieldErrors).toEqual({
      customDate: [M.customDateTooFar(365)],
    });
    const never = schema.safeParse({ ...edit, expiration: "never" });
    expect(never.success ? {} : z.flattenError(never.error).fieldErrors).toEqual({
      expiration: [M.noExpirationAdminOnly],
    });
    const keep = schema.safeParse({ ...edit, expiration: "keep" });
    expect(keep.success && keep.data.expiresAt).toBeUndefined();
  });

  it("reports the expiry next to other bad fields", () => {
    expect(errors(asSpecialist({ name: "", expiration: "custom", customDate: "9999-12-31" }))).toEqual({
      name: [M.nameRequired],
      customDate: [M.customDateTooFar(365)],
    });
  });
});

describe("the expiry rule of an administrator", () => {
  it("allows No expiration and custom dates up to ten years", () => {
    expect(parse({ expiration: "never" }).success).toBe(true);
    expect(parse({ expiration: "custom", customDate: "2036-06-12" }).success).toBe(true);
  });

  it("refuses a custom date beyond ten years, such as 9999-12-31", () => {
    for (const customDate of ["2036-06-13", "9999-12-31"]) {
      expect(errorsOf({ expiration: "custom", customDate })).toEqual({
        customDate: [M.customDateTooFar(3650)],
      });
    }
  });
});

describe("tokenDuplicateFieldsSchema", () => {
  it("keeps the original's expiry when none is chosen", () => {
    for (const expiration of [undefined, "", "keep"]) {
      const result = tokenDuplicateFieldsSchema(SPECIALIST, NOW).safeParse({ name: "Copy", expiration });
      expect(result.success && result.data).toEqual({ name: "Copy", expiresAt: undefined });
    }
  });

  it("sets a chosen expiry, within the caller's rule", () => {
    const schema = tokenDuplicateFieldsSchema(SPECIALIST, NOW);
    const preset = schema.safeParse({ name: "Copy", expiration: "30d" });
    expect(preset.success && preset.data.expiresAt).toEqual(new Date(NOW.getTime() + 30 * DAY));
    const never = schema.safeParse({ name: "Copy", expiration: "never" });
    expect(never.success ? {} : z.flattenError(never.error).fieldErrors).toEqual({
      expiration: [M.noExpirationAdminOnly],
    });
    const far = schema.safeParse({ name: "Copy", expiration: "custom", customDate: "9999-12-31" });
    expect(far.success ? {} : z.flattenError(far.error).fieldErrors).toEqual({
      customDate: [M.customDateTooFar(365)],
    });
  });

  it("refuses a name with a bidi override", () => {
    const result = tokenDuplicateFieldsSchema(ADMIN, NOW).safeParse({ name: "Copy\u202e" });
    expect(result.success ? {} : z.flattenError(result.error).fieldErrors).toEqual({
      name: [M.nameControlCharacters],
    });
  });
});
