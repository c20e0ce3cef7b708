import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { readSignInSettings, signInSettingsSchema } from "./sign-in-settings";

const read = (env: Record<string, string | undefined>) =>
  readSignInSettings.output(signInSettingsSchema.parse(readSignInSettings.input(env)));

describe("sign-in settings", () => {
  it("hashes one password per CPU at once by default, with a short bounded queue", () => {
    expect(read({})).toEqual({ concurrency: availableParallelism(), maxQueue: 32, maxWaitMs: 10_000 });
  });

  it("reads every variable, treating empty as unset", () => {
    expect(
      read({
        KEYWARD_SIGNIN_CONCURRENCY: "3",
        KEYWARD_SIGNIN_QUEUE: "0",
        KEYWARD_SIGNIN_QUEUE_TIMEOUT_MS: "",
      }),
    ).toEqual({ concurrency: 3, maxQueue: 0, maxWaitMs: 10_000 });
  });

  it.each([
    ["KEYWARD_SIGNIN_CONCURRENCY", "0"],
    ["KEYWARD_SIGNIN_CONCURRENCY", "1.5"],
    ["KEYWARD_SIGNIN_QUEUE", "-1"],
    ["KEYWARD_SIGNIN_QUEUE_TIMEOUT_MS", "10"],
    ["KEYWARD_SIGNIN_QUEUE_TIMEOUT_MS", "soon"],
  ])("refuses %s=%s", (name, value) => {
    expect(() => read({ [name]: value })).toThrow();
  });
});
