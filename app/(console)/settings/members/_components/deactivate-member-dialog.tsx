"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormAction } from "@/components/ui/use-form-action";
import { deactivateMemberAction } from "../actions";
import type { MemberDialogProps } from "./member-dialog-props";

// A confirmation that says what deactivation does; the last administrator's refusal is
// shown in it.
export function DeactivateMemberDialog({ member, onClose, onCloseAutoFocus }: MemberDialogProps) {
  const t = useTranslations("members");
  const { state, onSubmit, pending } = useFormAction(deactivateMemberAction);

  useEffect(() => {
    if (state.ok) {
      toast.success(t("toast.deactivated"));
      onClose();
    }
  }, [state, onClose, t]);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        title={t("deactivate.title", { name: member.name })}
        description={t("deactivate.body")}
        onCloseAutoFocus={onCloseAutoFocus}
      >
        <form onSubmit={onSubmit}>
          <input type="hidden" name="userId" value={member.userId} />
          <FormFooter
            submitLabel={t("deactivate.confirm")}
            pending={pending}
            message={state.message}
            variant="danger"
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
