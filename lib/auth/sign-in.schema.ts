import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "./password-policy";
import { MAX_EMAIL_LENGTH } from "@/lib/validation/form-text";
import { SIGN_IN_MESSAGES as M } from "./sign-in.messages";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, M.emailRequired)
    .max(MAX_EMAIL_LENGTH, M.emailTooLong)
    .pipe(z.email(M.emailInvalid))
    .transform((email) => email.toLowerCase()),
  password: z.string().min(1, M.passwordRequired).max(PASSWORD_MAX_LENGTH, M.passwordTooLong),
});

export type SignInInput = z.infer<typeof signInSchema>;
