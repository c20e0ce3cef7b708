"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormAction } from "@/components/ui/use-form-action";
import { changeMemberRoleAction } from "../actions";
import type { MemberDialogProps } from "./member-dialog-props";
import { RoleOptions } from "./role-options";

export function ChangeRoleDialog({ member, onClose, onCloseAutoFocus }: MemberDialogProps) {
  const t = useTranslations("members");
  const { state, onSubmit, pending } = useFormAction(changeMemberRoleAction);

  useEffect(() => {
    if (state.ok) {
      toast.success(t("toast.roleChanged"));
      onClose();
    }
  }, [state, onClose, t]);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        title={t("roleForm.title", { name: member.name })}
        description={t("roleForm.description")}
        onCloseAutoFocus={onCloseAutoFocus}
      >
        <form onSubmit={onSubmit} noValidate>
          <input type="hidden" name="userId" value={member.userId} />
          <Field id="member-role-change" label={t("roleForm.role")} errors={state.errors?.role}>
            {({ id, describedBy, invalid }) => (
              <select
                id={id}
                name="role"
                defaultValue={member.role}
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              >
                <RoleOptions />
              </select>
            )}
          </Field>
          <FormFooter
            submitLabel={t("roleForm.submit")}
            pending={pending}
            message={state.errors ? undefined : state.message}
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
