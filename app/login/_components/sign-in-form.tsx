"use client";

import { useState, type FormEvent } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { signInSchema } from "@/lib/auth/sign-in.schema";

type FieldErrors = { email?: string[]; password?: string[] };

// Only same-site paths are followed after sign-in, so a crafted link cannot send the
// user elsewhere.
function safeCallback(value: string | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      setErrors(z.flattenError(parsed.error).fieldErrors);
      setMessage(undefined);
      return;
    }
    setErrors({});
    setMessage(undefined);
    setPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (!result || result.error) {
        setMessage(
          result?.error && result.error !== "CredentialsSignin"
            ? result.error
            : "Email or password is incorrect",
        );
        return;
      }
      router.replace(safeCallback(params.get("callbackUrl")));
      router.refresh();
    } catch {
      setMessage("Sign-in is unavailable right now. Try again in a moment.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field id="email" label="Email" errors={errors.email}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="email"
            type="email"
            autoComplete="username"
            required
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <Field id="password" label="Password" errors={errors.password}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <div role="alert" aria-live="assertive" className="min-h-5 text-sm text-red-700">
        {message}
      </div>
      <Button type="submit" className="w-full" disabled={pending} aria-disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
