import { describe, expect, it } from "vitest";
import { readTokenSettings, tokenSettingsSchema } from "./token-settings";

const parse = (env: Record<string, string | undefined>) =>
  tokenSettingsSchema.safeParse(readTokenSettings.input(env));

describe("token settings", () => {
  it("limits non-administrators to a year by default, treating empty as unset", () => {
    for (const env of [{}, { KEYWARD_MAX_TOKEN_LIFETIME_DAYS: "" }]) {
      const parsed = parse(env);
      expect(parsed.success && readTokenSettings.output(parsed.data)).toEqual({ maxLifetimeDays: 365 });
    }
  });

  it("reads a shorter or longer limit up to ten years", () => {
    const parsed = parse({ KEYWARD_MAX_TOKEN_LIFETIME_DAYS: "90" });
    expect(parsed.success && readTokenSettings.output(parsed.data)).toEqual({ maxLifetimeDays: 90 });
    expect(parse({ KEYWARD_MAX_TOKEN_LIFETIME_DAYS: "3650" }).success).toBe(true);
  });

  it.each(["0", "-1", "3651", "1.5", "a year"])("refuses %j", (value) => {
    expect(parse({ KEYWARD_MAX_TOKEN_LIFETIME_DAYS: value }).success).toBe(false);
  });
});
