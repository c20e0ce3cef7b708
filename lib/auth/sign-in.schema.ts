import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address")
    .max(254, "Email addresses are at most 254 characters")
    .pipe(z.email("Enter a valid email address, like name@example.com"))
    .transform((email) => email.toLowerCase()),
  password: z.string().min(1, "Enter your password").max(1024, "Passwords are at most 1024 characters"),
});

export type SignInInput = z.infer<typeof signInSchema>;
