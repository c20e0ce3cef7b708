import { describe, expect, it } from "vitest";
import { changesAsText, parseChanges } from "./changes";

describe("parseChanges", () => {
  it("reads fields before → after with labels", () => {
    const json = JSON.stringify({
      name: { from: "Old", to: "New" },
      scope: { from: "read", to: "read_write" },
    });
    expect(parseChanges(json)).toEqual([
      { field: "name", label: "Name", from: "Old", to: "New" },
      { field: "scope", label: "Scope", from: "Read only", to: "Read & write" },
    ]);
  });

  it("shows empty values as a dash and section ids as their labels", () => {
    const json = JSON.stringify({ sections: { from: null, to: ["s1", "s2", "unknown"] } });
    const lookups = {
      sectionLabels: new Map([
        ["s1", "Leads"],
        ["s2", "Reports"],
      ]),
    };
    expect(parseChanges(json, lookups)).toEqual([
      { field: "sections", label: "API sections", from: "—", to: "Leads, Reports, unknown" },
    ]);
  });

  it("labels fields it does not know from their name", () => {
    expect(parseChanges(JSON.stringify({ newThing: { from: true, to: false } }))).toEqual([
      { field: "newThing", label: "New Thing", from: "Yes", to: "No" },
    ]);
  });

  it("drops anything named like a secret, but keeps the old secret's validity", () => {
    const json = JSON.stringify({
      secret: { from: null, to: "kw_x" },
      secretHash: { from: "a", to: "b" },
      passwordHash: { from: "a", to: "b" },
      oldSecretValidUntil: { from: null, to: "2026-11-24T00:00:00.000Z" },
    });
    expect(parseChanges(json).map((line) => line.field)).toEqual(["oldSecretValidUntil"]);
  });

  it("ignores missing or malformed JSON", () => {
    expect(parseChanges(null)).toEqual([]);
    expect(parseChanges("{not json")).toEqual([]);
    expect(parseChanges("[1,2]")).toEqual([]);
  });

  it("writes one line of text for the export", () => {
    expect(changesAsText(parseChanges(JSON.stringify({ apiAccessEnabled: { from: true, to: false } })))).toBe(
      "API access: On → Off",
    );
  });
});
