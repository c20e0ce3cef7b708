"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormAction } from "@/components/ui/use-form-action";
import { setInitialPasswordAction } from "../actions";
import type { MemberDialogProps } from "./member-dialog-props";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

// An administrator's new initial password for a member; the refusals (technical user,
// someone who also belongs to another account) are shown in it.
export function SetPasswordDialog({ member, onClose, onCloseAutoFocus }: MemberDialogProps) {
  const t = useTranslations("members");
  const { state, onSubmit, pending } = useFormAction(setInitialPasswordAction);

  useEffect(() => {
    if (state.ok) {
      toast.success(state.message ?? t("toast.passwordSet"));
      onClose();
    }
  }, [state, onClose, t]);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        title={t("passwordForm.title", { name: member.name })}
        description={t("passwordForm.description")}
        onCloseAutoFocus={onCloseAutoFocus}
      >
        <form onSubmit={onSubmit} noValidate>
          <input type="hidden" name="userId" value={member.userId} />
          <Field
            id="member-initial-password"
            label={t("passwordForm.password")}
            hint={t("passwordForm.passwordHint", { min: PASSWORD_MIN_LENGTH })}
            errors={state.errors?.password}
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
          <FormFooter
            submitLabel={t("passwordForm.submit")}
            pending={pending}
            message={state.errors ? undefined : state.message}
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
