import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "./password-policy";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address")
    .max(254, "Email addresses are at most 254 characters")
    .pipe(z.email("Enter a valid email address, like name@example.com"))
    .transform((email) => email.toLowerCase()),
  password: z
    .string()
    .min(1, "Enter your password")
    .max(PASSWORD_MAX_LENGTH, `Passwords are at most ${PASSWORD_MAX_LENGTH} characters`),
});

export type SignInInput = z.infer<typeof signInSchema>;
