"use client";

import { useEffect } from "react";
import { toast } from "sonner";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateTokenAction } from "../actions";
import { FORM, TOAST } from "./messages";
import { TokenFormFields } from "./token-form-fields";
import type { TokenDialogProps } from "./token-dialog-props";

export function EditTokenDialog({ token, onClose, onCloseAutoFocus }: TokenDialogProps) {
  const { state, onSubmit, pending } = useFormAction(updateTokenAction);

  useEffect(() => {
    if (state.ok) {
      toast.success(TOAST.updated);
      onClose();
    }
  }, [state, onClose]);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={FORM.editTitle(token.name)} onCloseAutoFocus={onCloseAutoFocus}>
        <form onSubmit={onSubmit} noValidate>
          <input type="hidden" name="tokenId" value={token.id} />
          <TokenFormFields mode="edit" token={token} errors={state.errors} />
          <FormFooter submitLabel={FORM.saveSubmit} pending={pending} message={state.message} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
