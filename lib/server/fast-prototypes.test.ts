import { describe, expect, it } from "vitest";
import { probeWithNatives, projectModule } from "@/tests/support/v8-natives";

describe("restoreFastPrototypes", () => {
  it("puts back the fast layout a subclass of a primitive takes from its prototype", async () => {
    const seen = await probeWithNatives(`
      const { restoreFastPrototypes } = await import(${JSON.stringify(projectModule("lib/server/fast-prototypes.ts"))});
      const prototypes = [String.prototype, Number.prototype, Boolean.prototype];
      class Verbatim extends String {}
      class Amount extends Number {}
      class Flag extends Boolean {}
      // Reading methods from primitives, as code does, leaves them as they are.
      for (let i = 0; i < 10_000; i++) "text".slice(1) + (42).toFixed(1) + true.toString();
      const before = prototypes.map((p) => natives("HasFastProperties", p));
      restoreFastPrototypes();
      console.log(JSON.stringify({ before, after: prototypes.map((p) => natives("HasFastProperties", p)) }));
    `);
    expect(seen).toEqual({ before: [false, false, false], after: [true, true, true] });
  });
});
