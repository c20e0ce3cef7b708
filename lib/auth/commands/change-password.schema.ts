import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { ACCOUNT_MESSAGES as M } from "./messages";

// A missing form field arrives as null, a repeated one as a list: anything but text reads as
// an empty field, which gets the field's own message.
const formText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" ? value : ""), schema);

// Not trimmed: spaces are part of a password. The current password is only bounded by the
// maximum, like sign-in, so a policy change never locks anyone out of changing theirs.
export const changePasswordSchema = z
  .object({
    currentPassword: formText(
      z
        .string()
        .min(1, { message: M.currentPasswordRequired, abort: true })
        .max(PASSWORD_MAX_LENGTH, M.newPasswordTooLong),
    ),
    newPassword: formText(
      z
        .string()
        .min(1, { message: M.newPasswordRequired, abort: true })
        .min(PASSWORD_MIN_LENGTH, M.newPasswordTooShort)
        .max(PASSWORD_MAX_LENGTH, M.newPasswordTooLong),
    ),
    confirmPassword: formText(z.string()),
  })
  .superRefine((input, ctx) => {
    if (input.newPassword === input.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: M.newPasswordSame, input: undefined });
    } else if (input.confirmPassword !== input.newPassword) {
      ctx.addIssue({
        code: "custom",
        path: ["confirmPassword"],
        message: M.confirmationMismatch,
        input: undefined,
      });
    }
  });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
