"use client";

import { useEffect, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import type { ActionState, FieldErrors } from "@/lib/commands/result";
import { DialogContent } from "./dialog";
import { FormFooter } from "./form-footer";
import { SecretReveal, type SecretWords } from "./secret-reveal";
import { useFormAction } from "./use-form-action";

type SecretFormContentProps<T extends { secret: string }> = {
  action: (previous: ActionState<T>, form: FormData) => Promise<ActionState<T>>;
  title: string;
  description: string;
  submitLabel: string;
  successToast: string;
  variant?: "primary" | "danger";
  words: SecretWords;
  onDone: () => void;
  onCloseAutoFocus?: (event: Event) => void;
  fields: (errors: FieldErrors | undefined) => ReactNode;
};

// A dialog's form whose success issues a secret: once it succeeds, the one-time view of
// the secret takes the form's place. Clicking outside cannot close that view by accident.
export function SecretFormContent<T extends { secret: string }>({
  action,
  title,
  description,
  submitLabel,
  successToast,
  variant,
  words,
  onDone,
  onCloseAutoFocus,
  fields,
}: SecretFormContentProps<T>) {
  const t = useTranslations();
  const { state, onSubmit, pending } = useFormAction(action);

  useEffect(() => {
    if (state.ok) toast.success(successToast);
  }, [state, successToast]);

  if (state.ok) {
    return (
      <DialogContent
        title={t(`${words}.title`)}
        onCloseAutoFocus={onCloseAutoFocus}
        onInteractOutside={(event) => event.preventDefault()}
      >
        <SecretReveal secret={state.data.secret} words={words} onDone={onDone} />
      </DialogContent>
    );
  }
  return (
    <DialogContent title={title} description={description} onCloseAutoFocus={onCloseAutoFocus}>
      <form onSubmit={onSubmit} noValidate>
        {fields(state.errors)}
        <FormFooter submitLabel={submitLabel} pending={pending} message={state.message} variant={variant} />
      </form>
    </DialogContent>
  );
}
