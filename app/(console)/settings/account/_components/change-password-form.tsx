"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { changePasswordAction } from "../actions";

const FIELDS = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", autoComplete: "new-password" },
  { name: "confirmPassword", autoComplete: "new-password" },
] as const;

// After a change every session has ended on the server, this one too: the form gives way to
// the outcome and a way back to the sign-in page (which also clears this browser's cookie).
export function ChangePasswordForm() {
  const t = useTranslations("account.password");
  const { state, onSubmit, pending } = useFormAction(changePasswordAction);

  if (state.ok) {
    return (
      <div className="space-y-4 rounded-lg border border-gray-200 bg-white p-6">
        <p role="status" className="text-sm text-gray-800">
          {state.message}
        </p>
        <Button onClick={() => void signOut({ callbackUrl: "/login" })}>{t("signInAgain")}</Button>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-gray-200 bg-white p-6">
      {FIELDS.map((field) => (
        <Field
          key={field.name}
          id={`account-${field.name}`}
          label={t(field.name)}
          hint={field.name === "newPassword" ? t("newPasswordHint", { min: PASSWORD_MIN_LENGTH }) : undefined}
          errors={state.errors?.[field.name]}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name={field.name}
              type="password"
              required
              autoComplete={field.autoComplete}
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
      ))}
      <div aria-live="polite" className="text-sm text-red-700">
        {state.errors ? undefined : state.message}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
