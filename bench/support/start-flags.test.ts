import { describe, expect, it } from "vitest";
import { startArguments, startV8Flags } from "./start-flags";

describe("npm start's node arguments, for benches that start the server another way", () => {
  it("takes the V8 flags and leaves the hooks and the script", () => {
    const flags = startV8Flags();
    expect(flags).toContain("--max-semi-space-size=8");
    expect(flags.every((flag) => flag.startsWith("--") && flag !== "--import")).toBe(true);
    expect(startArguments().at(-1)).toBe("scripts/start-compiled.mjs");
    expect(flags).not.toContain("scripts/start-compiled.mjs");
    expect(flags.some((flag) => flag.includes("source-maps-off"))).toBe(false);
  });
});
