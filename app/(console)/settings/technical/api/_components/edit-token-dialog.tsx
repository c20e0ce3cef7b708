"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateTokenAction } from "../actions";
import { TokenFormFields } from "./token-form-fields";
import type { TokenDialogProps } from "./token-dialog-props";

export function EditTokenDialog({ token, onClose, onCloseAutoFocus }: TokenDialogProps) {
  const t = useTranslations("tokenForm");
  const toastText = useTranslations("api.toast");
  const { state, onSubmit, pending } = useFormAction(updateTokenAction);

  useEffect(() => {
    if (state.ok) {
      toast.success(toastText("updated"));
      onClose();
    }
  }, [state, onClose, toastText]);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={t("editTitle", { name: token.name })} onCloseAutoFocus={onCloseAutoFocus}>
        <form onSubmit={onSubmit} noValidate>
          <input type="hidden" name="tokenId" value={token.id} />
          <TokenFormFields mode="edit" token={token} errors={state.errors} />
          <FormFooter submitLabel={t("saveSubmit")} pending={pending} message={state.message} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
