"use client";

import { useEffect } from "react";
import { toast } from "sonner";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormAction } from "@/components/ui/use-form-action";
import { deactivateMemberAction } from "../actions";
import type { MemberDialogProps } from "./member-dialog-props";
import { DEACTIVATE, TOAST } from "./messages";

// A confirmation that says what deactivation does; the last administrator's refusal is
// shown in it.
export function DeactivateMemberDialog({ member, onClose, onCloseAutoFocus }: MemberDialogProps) {
  const { state, onSubmit, pending } = useFormAction(deactivateMemberAction);

  useEffect(() => {
    if (state.ok) {
      toast.success(TOAST.deactivated);
      onClose();
    }
  }, [state, onClose]);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        title={DEACTIVATE.title(member.name)}
        description={DEACTIVATE.body}
        onCloseAutoFocus={onCloseAutoFocus}
      >
        <form onSubmit={onSubmit}>
          <input type="hidden" name="userId" value={member.userId} />
          <FormFooter
            submitLabel={DEACTIVATE.confirm}
            pending={pending}
            message={state.message}
            variant="danger"
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
