"use client";

import { useState, type FormEvent } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { sameOriginPath } from "@/lib/auth/callback-url";
import { signInSchema } from "@/lib/auth/sign-in.schema";
import { SIGN_IN_MESSAGES } from "@/lib/auth/sign-in.messages";
import { useServerMessages } from "@/lib/i18n/use-server-messages";

type FieldErrors = { email?: string[]; password?: string[] };

export function SignInForm() {
  const t = useTranslations("signIn");
  const translate = useServerMessages();
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
      const { fieldErrors } = z.flattenError(parsed.error);
      setErrors({ email: fieldErrors.email?.map(translate), password: fieldErrors.password?.map(translate) });
      setMessage(undefined);
      return;
    }
    setErrors({});
    setMessage(undefined);
    setPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (!result || result.error) {
        // The server's refusals arrive already in this page's language (lib/auth/options.ts).
        setMessage(
          result?.error && result.error !== "CredentialsSignin"
            ? result.error
            : translate(SIGN_IN_MESSAGES.invalidCredentials),
        );
        return;
      }
      // A crafted link must not send the user elsewhere once signed in (the server's
      // redirect callback applies the same rule).
      router.replace(sameOriginPath(params.get("callbackUrl"), window.location.origin) ?? "/");
      router.refresh();
    } catch {
      setMessage(translate(SIGN_IN_MESSAGES.unavailable));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field id="email" label={t("email")} errors={errors.email}>
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
      <Field id="password" label={t("password")} errors={errors.password}>
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
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
