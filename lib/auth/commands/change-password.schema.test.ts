import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changePasswordSchema } from "./change-password.schema";
import { ACCOUNT_MESSAGES as M } from "./messages";

const valid = {
  currentPassword: "old-password-1",
  newPassword: "a new passphrase",
  confirmPassword: "a new passphrase",
};

function fieldErrors(input: unknown) {
  const parsed = changePasswordSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("changePasswordSchema", () => {
  it("accepts a new password of the policy's length, spaces included and kept", () => {
    expect(
      changePasswordSchema.parse({
        ...valid,
        newPassword: " twelve chars ",
        confirmPassword: " twelve chars ",
      }),
    ).toMatchObject({ newPassword: " twelve chars " });
  });

  it("asks for every field of an empty form, one message each", () => {
    expect(fieldErrors({})).toEqual({
      currentPassword: [M.currentPasswordRequired],
      newPassword: [M.newPasswordRequired],
    });
  });

  it.each([
    [
      "a short new password",
      { newPassword: "short-pass1", confirmPassword: "short-pass1" },
      { newPassword: [M.newPasswordTooShort] },
    ],
    [
      "an overlong new password",
      { newPassword: "p".repeat(1025), confirmPassword: "p".repeat(1025) },
      { newPassword: [M.newPasswordTooLong] },
    ],
    [
      "the current password again",
      { newPassword: valid.currentPassword, confirmPassword: valid.currentPassword },
      { newPassword: [M.newPasswordSame] },
    ],
    [
      "a confirmation that differs",
      { confirmPassword: "a new passphrase!" },
      { confirmPassword: [M.confirmationMismatch] },
    ],
    [
      "fields that are not text",
      { currentPassword: ["x"], newPassword: 123456789012 },
      { currentPassword: [M.currentPasswordRequired], newPassword: [M.newPasswordRequired] },
    ],
  ])("refuses %s", (_label, override, errors) => {
    expect(fieldErrors({ ...valid, ...override })).toEqual(errors);
  });
});
