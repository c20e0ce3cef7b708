import { describe, expect, it } from "vitest";
import { bulkSelectionSchema } from "./bulk.schema";
import { BULK_LIMIT } from "./limit";
import { BULK_MESSAGES } from "./messages";

const refusal = (input: unknown) => {
  const parsed = bulkSelectionSchema.safeParse(input);
  return parsed.success ? null : parsed.error.issues.map((issue) => issue.message);
};

describe("bulkSelectionSchema", () => {
  it("takes ticked ids once each", () => {
    expect(bulkSelectionSchema.parse({ ids: ["a", "b", "a"] })).toEqual({ ids: ["a", "b"] });
  });

  it("takes the list's filters, with the list's defaults", () => {
    expect(bulkSelectionSchema.parse({ filters: { status: "disabled" } })).toEqual({
      filters: { q: "", created: "any", status: "disabled" },
    });
  });

  it(`refuses more than ${BULK_LIMIT} distinct ids, but not ${BULK_LIMIT}`, () => {
    const ids = Array.from({ length: BULK_LIMIT + 1 }, (_, i) => `t${i}`);
    expect(refusal({ ids })).toEqual([BULK_MESSAGES.tooMany]);
    expect(refusal({ ids: ids.slice(1) })).toBeNull();
  });

  it.each([{}, { ids: [] }, { ids: ["a"], filters: {} }, null, "all"])(
    "refuses %j as selecting nothing",
    (input) => {
      expect(refusal(input)).toEqual([BULK_MESSAGES.nothingSelected]);
    },
  );

  it("refuses an unknown status filter", () => {
    expect(refusal({ filters: { status: "gone" } })).not.toBeNull();
  });
});
