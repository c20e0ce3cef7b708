"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogContent } from "@/components/ui/dialog";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { FreshDialog } from "@/components/ui/fresh-dialog";
import { useFormAction } from "@/components/ui/use-form-action";
import { addMemberAction } from "../actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { RoleOptions } from "./role-options";

export function AddMemberDialog() {
  const t = useTranslations("members.page");
  return (
    <FreshDialog
      trigger={
        <Button>
          <UserPlus className="size-4" aria-hidden />
          {t("add")}
        </Button>
      }
    >
      {(close) => <AddMemberContent onDone={close} />}
    </FreshDialog>
  );
}

function AddMemberContent({ onDone }: { onDone: () => void }) {
  const t = useTranslations("members.addForm");
  const { state, onSubmit, pending } = useFormAction(addMemberAction);
  const [technical, setTechnical] = useState(false);
  const errors = state.errors;

  useEffect(() => {
    if (state.ok) {
      toast.success(state.message ?? t("title"));
      onDone();
    }
  }, [state, onDone, t]);

  return (
    <DialogContent title={t("title")} description={t("description")}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <Field id="member-name" label={t("name")} errors={errors?.name}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name="name"
              required
              maxLength={200}
              autoComplete="off"
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
        <Field id="member-email" label={t("email")} errors={errors?.email}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name="email"
              type="email"
              required
              autoComplete="off"
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
        <Field id="member-role" label={t("role")} errors={errors?.role}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              name="role"
              defaultValue="member"
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              <RoleOptions />
            </select>
          )}
        </Field>
        <div className="space-y-1">
          <label className="flex items-center gap-2 text-sm font-medium text-gray-800">
            <input
              type="checkbox"
              name="isTechnical"
              checked={technical}
              onChange={(event) => setTechnical(event.target.checked)}
              aria-describedby="member-technical-hint"
            />
            {t("technical")}
          </label>
          <p id="member-technical-hint" className="text-xs text-gray-500">
            {t("technicalHint")}
          </p>
        </div>
        {/* Not rendered for a technical user: it has no password, and the server refuses one. */}
        {technical ? (
          <FieldErrors id="member-password-error" errors={errors?.password} />
        ) : (
          <Field
            id="member-password"
            label={t("password")}
            hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
            errors={errors?.password}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                name="password"
                type="password"
                required
                autoComplete="new-password"
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              />
            )}
          </Field>
        )}
        <FormFooter submitLabel={t("submit")} pending={pending} message={state.message} />
      </form>
    </DialogContent>
  );
}
