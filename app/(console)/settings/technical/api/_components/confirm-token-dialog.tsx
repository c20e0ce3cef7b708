"use client";

import { useEffect } from "react";
import { toast } from "sonner";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/commands/result";
import type { TokenDialogProps } from "./token-dialog-props";

// Revoke and Delete: a confirmation that names the token and says what cannot be undone.
export function ConfirmTokenDialog({
  token,
  onClose,
  onCloseAutoFocus,
  title,
  body,
  confirmLabel,
  successToast,
  action,
  onDone,
}: TokenDialogProps & {
  title: string;
  body: string;
  confirmLabel: string;
  successToast: string;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  // After the toast, e.g. leaving a page whose token is gone.
  onDone?: () => void;
}) {
  const { state, onSubmit, pending } = useFormAction(action);

  useEffect(() => {
    if (state.ok) {
      toast.success(successToast);
      onClose();
      onDone?.();
    }
  }, [state, onClose, successToast, onDone]);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={title} description={body} onCloseAutoFocus={onCloseAutoFocus}>
        <form onSubmit={onSubmit}>
          <input type="hidden" name="tokenId" value={token.id} />
          <FormFooter submitLabel={confirmLabel} pending={pending} message={state.message} variant="danger" />
        </form>
      </DialogContent>
    </Dialog>
  );
}
