"use client";

import { Field, inputClass } from "@/components/ui/field";
import { expiryAllowed } from "@/lib/tokens/expiry-rule";
import { duplicateTokenAction } from "../actions";
import { ExpiryFields, longestAllowedPreset } from "./expiry-fields";
import { formatDay } from "@/lib/messages/format-date";
import { useFormOptions } from "./form-options-context";
import { FORM, TOAST } from "./messages";
import { SecretIssuingDialog } from "./secret-issuing-dialog";
import type { TokenDialogProps } from "./token-dialog-props";

// A copy keeps the access rights and settings of the original. Its name is asked, and its
// expiry too: the original's is offered only when this person could have set it (a
// specialist copying a never-expiring token must choose one, proposed at their maximum).
export function DuplicateTokenDialog(props: TokenDialogProps) {
  const { token } = props;
  const { expiryRule } = useFormOptions();
  const original = token.expiresAt === null ? null : new Date(token.expiresAt);
  const canKeep = expiryAllowed(original, expiryRule, new Date());
  const keepLabel = FORM.keepOriginalExpiry(
    token.expiresAt === null ? FORM.neverExpires : formatDay(token.expiresAt),
  );
  return (
    <SecretIssuingDialog
      {...props}
      action={duplicateTokenAction}
      title={FORM.duplicateTitle(token.name)}
      description={canKeep ? FORM.duplicateDescription : FORM.duplicateDescriptionNewExpiry}
      submitLabel={FORM.duplicateSubmit}
      successToast={TOAST.duplicated}
      fields={(errors) => (
        <div className="space-y-4">
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
          <ExpiryFields
            idPrefix="duplicate"
            errors={errors}
            keepLabel={canKeep ? keepLabel : undefined}
            defaultValue={canKeep ? "keep" : longestAllowedPreset(expiryRule)}
          />
        </div>
      )}
    />
  );
}
