"use client";

import { useEffect } from "react";
import { toast } from "sonner";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormAction } from "@/components/ui/use-form-action";
import { duplicateTokenAction } from "../actions";
import { FORM, SECRET, TOAST } from "./messages";
import { SecretReveal } from "./secret-reveal";
import type { TokenDialogProps } from "./token-dialog-props";

// A copy keeps the access rights and settings of the original; only the name is asked.
export function DuplicateTokenDialog({ token, onClose, onCloseAutoFocus }: TokenDialogProps) {
  const { state, onSubmit, pending } = useFormAction(duplicateTokenAction);

  useEffect(() => {
    if (state.ok) toast.success(TOAST.duplicated);
  }, [state]);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      {state.ok ? (
        <DialogContent title={SECRET.title} onCloseAutoFocus={onCloseAutoFocus}
          onInteractOutside={(event) => event.preventDefault()}>
          <SecretReveal secret={state.data.secret} onDone={onClose} />
        </DialogContent>
      ) : (
        <DialogContent title={FORM.duplicateTitle(token.name)} onCloseAutoFocus={onCloseAutoFocus}
          description={FORM.duplicateDescription}>
          <form onSubmit={onSubmit} noValidate>
            <input type="hidden" name="tokenId" value={token.id} />
            <Field id="duplicate-name" label={FORM.name} errors={state.errors?.name}>
              {({ id, describedBy, invalid }) => (
                <input id={id} name="name" defaultValue={FORM.duplicateName(token.name)} maxLength={200}
                  className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} autoComplete="off" />
              )}
            </Field>
            <FormFooter submitLabel={FORM.duplicateSubmit} pending={pending} message={state.message} />
          </form>
        </DialogContent>
      )}
    </Dialog>
  );
}
