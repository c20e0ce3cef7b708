import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "./actions";
import { NO_AUDIT_FILTERS } from "@/tests/support/audit-filters";
import { loadAuditLogFilters } from "./log-filters";

// The URL is user input: anything the parsers do not recognise falls back to "no filter"
// (and so to a normal page), never to an error.
describe("loadAuditLogFilters", () => {
  it("reads every filter, the sort and the page", () => {
    const filters = loadAuditLogFilters(
      "?action=token.revoked&actor=alice&token=tok_1&tokenName=billing&from=2026-01-02&to=2026-01-31&sort=actor&dir=asc&page=3",
    );
    expect(filters).toEqual({
      action: "token.revoked",
      actor: "alice",
      token: "tok_1",
      tokenName: "billing",
      from: new Date("2026-01-02T00:00:00.000Z"),
      to: new Date("2026-01-31T00:00:00.000Z"),
      sort: "actor",
      dir: "asc",
      page: 3,
    });
  });

  it("ignores what it does not recognise", () => {
    expect(
      loadAuditLogFilters("?action=token.stolen&from=yesterday&to=2026-13-45&sort=hash&dir=sideways&page=x"),
    ).toEqual(NO_AUDIT_FILTERS);
  });

  it("accepts every known action, so new actions are filterable without code here", () => {
    for (const action of AUDIT_ACTIONS) {
      expect(loadAuditLogFilters(`?action=${action}`).action).toBe(action);
    }
  });
});
