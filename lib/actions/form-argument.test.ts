import { describe, expect, it } from "vitest";
import { withFormData } from "./form-argument";
import { INVALID_FORM, ok } from "./result";

describe("withFormData", () => {
  it.each([undefined, null, "name=x", 42, ["x"], { name: "x" }])(
    "refuses %j with a message and never runs the action",
    async (value) => {
      let ran = false;
      const result = await withFormData(value, async () => {
        ran = true;
        return ok(undefined);
      });
      expect(result).toEqual({ ok: false, message: INVALID_FORM, errors: undefined });
      expect(ran).toBe(false);
    },
  );

  it("hands a real form to the action", async () => {
    const form = new FormData();
    form.append("name", "x");
    expect(await withFormData(form, async (data) => ok(data.get("name")))).toEqual(ok("x"));
  });
});
