"use client";

import { useLocale, useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { formatDate } from "@/lib/i18n/format";
import { expiryAllowed } from "@/lib/tokens/expiry-rule";
import { duplicateTokenAction } from "../actions";
import { ExpiryFields, longestAllowedPreset } from "./expiry-fields";
import { useFormOptions } from "./form-options-context";
import { SecretIssuingDialog } from "./secret-issuing-dialog";
import type { TokenDialogProps } from "./token-dialog-props";

// A copy keeps the access rights and settings of the original. Its name is asked, and its
// expiry too: the original's is offered only when this person could have set it (a
// specialist copying a never-expiring token must choose one, proposed at their maximum).
export function DuplicateTokenDialog(props: TokenDialogProps) {
  const { token } = props;
  const t = useTranslations("tokenForm");
  const toastText = useTranslations("api.toast");
  const locale = useLocale();
  const { expiryRule } = useFormOptions();
  const original = token.expiresAt === null ? null : new Date(token.expiresAt);
  const canKeep = expiryAllowed(original, expiryRule, new Date());
  const keepLabel = t("keepOriginalExpiry", {
    expiry: token.expiresAt === null ? t("neverExpires") : formatDate(token.expiresAt, locale),
  });
  return (
    <SecretIssuingDialog
      {...props}
      action={duplicateTokenAction}
      title={t("duplicateTitle", { name: token.name })}
      description={canKeep ? t("duplicateDescription") : t("duplicateDescriptionNewExpiry")}
      submitLabel={t("duplicateSubmit")}
      successToast={toastText("duplicated")}
      fields={(errors) => (
        <div className="space-y-4">
          <Field id="duplicate-name" label={t("name")} errors={errors?.name}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                name="name"
                defaultValue={t("duplicateName", { name: token.name })}
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
