"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateTokenVersionAction } from "../actions";
import { useFormOptions } from "./form-options-context";
import type { TokenDialogProps } from "./token-dialog-props";

export function UpdateVersionDialog({ token, onClose, onCloseAutoFocus }: TokenDialogProps) {
  const t = useTranslations("api");
  const { versions } = useFormOptions();
  const { state, onSubmit, pending } = useFormAction(updateTokenVersionAction);

  useEffect(() => {
    if (state.ok) {
      toast.success(t("toast.versionUpdated"));
      onClose();
    }
  }, [state, onClose, t]);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={t("version.title", { name: token.name })} onCloseAutoFocus={onCloseAutoFocus}>
        <form onSubmit={onSubmit} noValidate>
          <input type="hidden" name="tokenId" value={token.id} />
          <Field id="version-select" label={t("version.label")} errors={state.errors?.apiVersionId}>
            {({ id, describedBy, invalid }) => (
              <select
                id={id}
                name="apiVersionId"
                defaultValue={token.apiVersionId}
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              >
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <FormFooter submitLabel={t("version.submit")} pending={pending} message={state.message} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
