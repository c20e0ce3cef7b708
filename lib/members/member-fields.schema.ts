import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/roles";
import { formText, MAX_EMAIL_LENGTH, plainTextName } from "@/lib/validation/form-text";
import { NAME_MESSAGES } from "@/lib/validation/messages";
import { MEMBER_MESSAGES as M } from "./messages";

export const memberRoleSchema = z.enum(ROLES, { error: M.roleRequired });

// A checkbox arrives as "on" when ticked and is absent otherwise; booleans come from code.
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const addMemberSchema = z
  .object({
    name: plainTextName(NAME_MESSAGES),
    email: formText(
      z
        .string({ error: M.emailRequired })
        .trim()
        .min(1, M.emailRequired)
        .max(MAX_EMAIL_LENGTH, M.emailTooLong)
        .pipe(z.email(M.emailInvalid))
        .transform((email) => email.toLowerCase()),
    ),
    role: memberRoleSchema,
    isTechnical: checkbox,
    // Not trimmed: spaces are part of a password.
    password: formText(z.string({ error: M.passwordRequired })),
  })
  // Runs even when other fields failed, so a form shows the password's message together
  // with theirs; the two fields it reads are always a boolean and a string by then.
  .superRefine(
    (input, ctx) => {
      const issue = (message: string) =>
        ctx.addIssue({ code: "custom", path: ["password"], message, input: undefined });
      if (input.isTechnical) {
        if (input.password !== "") issue(M.passwordForTechnical);
      } else if (input.password === "") issue(M.passwordRequired);
      else if (input.password.length < PASSWORD_MIN_LENGTH) issue(M.passwordTooShort);
      else if (input.password.length > PASSWORD_MAX_LENGTH) issue(M.passwordTooLong);
    },
    {
      when: (payload) =>
        !payload.issues.some((issue) => issue.path?.[0] === "password" || issue.path?.[0] === "isTechnical"),
    },
  )
  .transform(({ password, ...rest }) => ({ ...rest, password: rest.isTechnical ? null : password }));

export type AddMemberInput = z.infer<typeof addMemberSchema>;

// An administrator's new initial password for a member: the same policy as Add member.
// Anything but text (a repeated form field, a number) reads as no password at all.
export const initialPasswordSchema = z.object({
  password: z.preprocess(
    (value) => (typeof value === "string" ? value : ""),
    z
      .string()
      .min(1, { message: M.passwordRequired, abort: true })
      .min(PASSWORD_MIN_LENGTH, M.passwordTooShort)
      .max(PASSWORD_MAX_LENGTH, M.passwordTooLong),
  ),
});
