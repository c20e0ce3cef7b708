import { describe, expect, it } from "vitest";
import { probeWithNatives, projectModule } from "@/tests/support/v8-natives";

// A module that subclasses String (ioredis's VerbatimString did) switches String.prototype to
// V8's slow layout for the life of the process, and every string method call of the server —
// its request parsing, Node's HTTP code — pays for it (lib/server/fast-prototypes.ts). This
// loads what the production server loads before it serves, as `npm start` does.
describe("the modules the server loads at start", () => {
  it("leave the primitives' prototypes in V8's fast layout", async () => {
    const seen = await probeWithNatives(`
      await import(${JSON.stringify(projectModule("scripts/start/serve.ts"))});
      await import(${JSON.stringify(projectModule("lib/verification/runtime.ts"))});
      const prototypes = { String: String.prototype, Number: Number.prototype, Boolean: Boolean.prototype };
      console.log(JSON.stringify(Object.fromEntries(Object.entries(prototypes).map(([name, p]) => [name, natives("HasFastProperties", p)]))));
    `);
    expect(seen).toEqual({ String: true, Number: true, Boolean: true });
  });
});
