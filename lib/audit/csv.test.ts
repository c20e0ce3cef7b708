import { describe, expect, it } from "vitest";
import { auditEventCsvRow, csvRow, escapeCsvField, neutraliseFormula } from "./csv";
import type { AuditEventDto } from "./queries/audit-event-dto";

describe("escapeCsvField (RFC 4180)", () => {
  it("leaves plain text alone", () => {
    expect(escapeCsvField("Billing sync")).toBe("Billing sync");
  });

  it("turns null and undefined into an empty field", () => {
    expect(escapeCsvField(null)).toBe("");
    expect(escapeCsvField(undefined)).toBe("");
  });

  it("quotes a comma", () => {
    expect(escapeCsvField("a,b")).toBe('"a,b"');
  });

  it("quotes and doubles quotes", () => {
    expect(escapeCsvField('say "hi"')).toBe('"say ""hi"""');
  });

  it("quotes line feeds and carriage returns so a value cannot start a new row", () => {
    expect(escapeCsvField("one\ntwo")).toBe('"one\ntwo"');
    expect(escapeCsvField("one\r\ntwo")).toBe('"one\r\ntwo"');
  });
});

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://evil")'])(
    "prefixes %j with an apostrophe",
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(["Token", "203.0.113.7", "a=b", "user@example.com", "", " =1"])("leaves %j alone", (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });

  it("neutralises before quoting", () => {
    expect(escapeCsvField('=cmd|" /C calc"!A0')).toBe(`"'=cmd|"" /C calc""!A0"`);
    expect(escapeCsvField("\r=1")).toBe(`"'\r=1"`);
  });
});

describe("csvRow", () => {
  it("joins fields with commas and ends with CRLF", () => {
    expect(csvRow(["a", null, "b,c", "-2"])).toBe(`a,,"b,c",'-2\r\n`);
  });
});

describe("auditEventCsvRow", () => {
  const event: AuditEventDto = {
    id: 1,
    occurredAt: "2026-11-23T10:00:00.000Z",
    actor: { label: "admin@example.com", kind: "user" },
    action: "token.updated",
    actionLabel: "Token edited",
    target: { type: "token", typeLabel: "Token", id: "t1", label: '=Payroll, "prod"', hint: "kw_abc…wxyz" },
    ipAddress: "203.0.113.7",
    userAgent: "Mozilla/5.0 (X11)",
    changes: [{ field: "name", label: "Name", from: "Old", to: '=Payroll, "prod"' }],
  };

  it("writes every column, escaped and neutralised", () => {
    expect(auditEventCsvRow(event)).toBe(
      [
        "2026-11-23T10:00:00.000Z",
        "admin@example.com",
        "User",
        "Token edited",
        "Token",
        `"'=Payroll, ""prod"""`,
        "kw_abc…wxyz",
        "203.0.113.7",
        "Mozilla/5.0 (X11)",
        `"Name: Old → =Payroll, ""prod"""`,
      ].join(",") + "\r\n",
    );
  });
});
