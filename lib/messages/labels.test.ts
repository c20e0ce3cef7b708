import { describe, expect, it } from "vitest";
import { changesAsText, parseChanges } from "@/lib/audit/changes";
import { actionLabel, targetTypeLabel } from "@/lib/audit/display";
import { labelOf, SCOPE_LABELS } from "./labels";

describe("labelOf", () => {
  it("finds a value's words", () => {
    expect(labelOf(SCOPE_LABELS, "read_write")).toBe("Read & write");
    expect(labelOf(SCOPE_LABELS, "admin")).toBeUndefined();
  });

  // Audit rows are read back long after they were written; a stored name that happens to
  // be an Object.prototype member must read as text, not as a function.
  it("never answers with an inherited property", () => {
    expect(labelOf(SCOPE_LABELS, "constructor")).toBeUndefined();
    expect(labelOf(SCOPE_LABELS, "toString")).toBeUndefined();
  });
});

describe("the audit log's words for stored values", () => {
  it("reads prototype-named actions, target types, fields and values as text", () => {
    expect(actionLabel("toString")).toBe("toString");
    expect(targetTypeLabel("constructor")).toBe("Constructor");
    const lines = parseChanges(
      JSON.stringify({ constructor: { from: "a", to: "b" }, scope: { from: "toString", to: "read" } }),
    );
    expect(changesAsText(lines)).toBe("Constructor: a → b; Scope: toString → Read only");
  });
});
