"use client";

import { Field, inputClass } from "@/components/ui/field";
import { duplicateTokenAction } from "../actions";
import { FORM, TOAST } from "./messages";
import { SecretIssuingDialog } from "./secret-issuing-dialog";
import type { TokenDialogProps } from "./token-dialog-props";

// A copy keeps the access rights and settings of the original; only the name is asked.
export function DuplicateTokenDialog(props: TokenDialogProps) {
  const { token } = props;
  return (
    <SecretIssuingDialog
      {...props}
      action={duplicateTokenAction}
      title={FORM.duplicateTitle(token.name)}
      description={FORM.duplicateDescription}
      submitLabel={FORM.duplicateSubmit}
      successToast={TOAST.duplicated}
      fields={(errors) => (
        <Field id="duplicate-name" label={FORM.name} errors={errors?.name}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name="name"
              defaultValue={FORM.duplicateName(token.name)}
              maxLength={200}
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              autoComplete="off"
            />
          )}
        </Field>
      )}
    />
  );
}
