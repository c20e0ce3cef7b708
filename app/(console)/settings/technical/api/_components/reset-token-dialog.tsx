"use client";

import { useEffect } from "react";
import { toast } from "sonner";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormAction } from "@/components/ui/use-form-action";
import { resetTokenAction } from "../actions";
import { RESET, SECRET, TOAST } from "./messages";
import { SecretReveal } from "./secret-reveal";
import type { TokenDialogProps } from "./token-dialog-props";

export function ResetTokenDialog({ token, onClose, onCloseAutoFocus }: TokenDialogProps) {
  const { state, onSubmit, pending } = useFormAction(resetTokenAction);

  useEffect(() => {
    if (state.ok) toast.success(TOAST.reset);
  }, [state]);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      {state.ok ? (
        <DialogContent title={SECRET.title} onCloseAutoFocus={onCloseAutoFocus}
          onInteractOutside={(event) => event.preventDefault()}>
          <SecretReveal secret={state.data.secret} onDone={onClose} />
        </DialogContent>
      ) : (
        <DialogContent title={RESET.title(token.name)} description={RESET.body} onCloseAutoFocus={onCloseAutoFocus}>
          <form onSubmit={onSubmit} noValidate>
            <input type="hidden" name="tokenId" value={token.id} />
            <label htmlFor="reset-grace" className="block text-sm font-medium">
              {RESET.grace}
            </label>
            <select id="reset-grace" name="grace" defaultValue="none" className={`${inputClass} mt-1`}
              aria-describedby={state.errors?.grace ? "reset-grace-error" : undefined}>
              {RESET.graceOptions.map((option) => (
                <option key={option.value} value={option.value}>{option.label}</option>
              ))}
            </select>
            {state.errors?.grace && (
              <p id="reset-grace-error" className="mt-1 text-sm text-red-700">{state.errors.grace.join(" ")}</p>
            )}
            <FormFooter submitLabel={RESET.confirm} pending={pending} message={state.message} variant="danger" />
          </form>
        </DialogContent>
      )}
    </Dialog>
  );
}
