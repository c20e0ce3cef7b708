"use client";

import { useEffect, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import type { ActionState, FieldErrors } from "@/lib/commands/result";
import type { IssuedSecret } from "@/lib/tokens/dto";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { SecretReveal } from "./secret-reveal";
import type { TokenDialogProps } from "./token-dialog-props";
import { useFormAction } from "@/components/ui/use-form-action";

type SecretIssuingDialogProps = TokenDialogProps & {
  action: (previous: ActionState<IssuedSecret>, form: FormData) => Promise<ActionState<IssuedSecret>>;
  title: string;
  description: string;
  submitLabel: string;
  successToast: string;
  variant?: "primary" | "danger";
  fields: (errors: FieldErrors | undefined) => ReactNode;
};

// Duplicate and Reset both ask one question about a card's token, then swap the form for
// the one-time secret view. Clicking outside cannot close that view by accident.
export function SecretIssuingDialog({
  token,
  onClose,
  onCloseAutoFocus,
  action,
  title,
  description,
  submitLabel,
  successToast,
  variant,
  fields,
}: SecretIssuingDialogProps) {
  const t = useTranslations("api.secret");
  const { state, onSubmit, pending } = useFormAction(action);

  useEffect(() => {
    if (state.ok) toast.success(successToast);
  }, [state, successToast]);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      {state.ok ? (
        <DialogContent
          title={t("title")}
          onCloseAutoFocus={onCloseAutoFocus}
          onInteractOutside={(event) => event.preventDefault()}
        >
          <SecretReveal secret={state.data.secret} onDone={onClose} />
        </DialogContent>
      ) : (
        <DialogContent title={title} description={description} onCloseAutoFocus={onCloseAutoFocus}>
          <form onSubmit={onSubmit} noValidate>
            <input type="hidden" name="tokenId" value={token.id} />
            {fields(state.errors)}
            <FormFooter
              submitLabel={submitLabel}
              pending={pending}
              message={state.message}
              variant={variant}
            />
          </form>
        </DialogContent>
      )}
    </Dialog>
  );
}
