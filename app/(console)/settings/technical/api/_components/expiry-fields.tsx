"use client";

import { useState } from "react";
import { AlertTriangle } from "lucide-react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/commands/result";
import {
  EXPIRATION_CHOICES,
  isDurationPreset,
  latestCustomDate,
  presetAllowed,
} from "@/lib/tokens/expiry-rule";
import { useFormOptions } from "./form-options-context";

// The expiration choice of the create, edit and duplicate dialogs. It offers only what the
// server will accept from this person (the same rule decides there): no "No expiration"
// for non-administrators, no preset or custom date beyond their maximum lifetime.
export function ExpiryFields({
  idPrefix,
  errors,
  keepLabel,
  defaultValue,
}: {
  idPrefix: string;
  errors?: FieldErrors;
  // The first choice, "keep": leave the expiry as it is (edit) or as the original's
  // (duplicate). Absent when keeping is not allowed.
  keepLabel?: string;
  defaultValue: string;
}) {
  const t = useTranslations("tokenForm");
  const choiceLabel = useTranslations("labels.expirationChoices");
  const { expiryRule } = useFormOptions();
  const [expiration, setExpiration] = useState(defaultValue);
  const choices = EXPIRATION_CHOICES.filter((choice) => presetAllowed(choice, expiryRule));
  const limited = !expiryRule.allowNever;

  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id={`${idPrefix}-expiration`}
          label={t("expiration")}
          hint={limited ? t("expiryLimitHint", { days: expiryRule.maxDays }) : undefined}
          errors={errors?.expiration}
        >
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              name="expiration"
              value={expiration}
              onChange={(e) => setExpiration(e.target.value)}
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              {keepLabel && <option value="keep">{keepLabel}</option>}
              {choices.map((choice) => (
                <option key={choice} value={choice}>
                  {choiceLabel(choice)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {expiration === "custom" && (
          <Field id={`${idPrefix}-custom-date`} label={t("customDate")} errors={errors?.customDate}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                name="customDate"
                type="date"
                required
                // Rendered only after the user picks "Custom date", so computing today here
                // cannot differ between the server and the browser.
                max={latestCustomDate(new Date(), expiryRule.maxDays)}
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              />
            )}
          </Field>
        )}
      </div>
      {expiration === "never" && (
        <p role="note" className="flex items-start gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
          {t("noExpirationWarning")}
        </p>
      )}
    </>
  );
}

// The longest preset the rule allows: what a dialog proposes when it must ask.
export function longestAllowedPreset(rule: Parameters<typeof presetAllowed>[1]): string {
  return (
    EXPIRATION_CHOICES.filter((choice) => isDurationPreset(choice) && presetAllowed(choice, rule)).at(-1) ??
    "custom"
  );
}
