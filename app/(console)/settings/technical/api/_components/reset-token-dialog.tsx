"use client";

import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { GRACE_PERIODS } from "@/lib/tokens/grace-period";
import { resetTokenAction } from "../actions";
import { SecretIssuingDialog } from "./secret-issuing-dialog";
import type { TokenDialogProps } from "./token-dialog-props";

// A new secret at once; the old one stops now or after the chosen grace period.
export function ResetTokenDialog(props: TokenDialogProps) {
  const t = useTranslations("api");
  const label = useTranslations("labels.gracePeriods");
  return (
    <SecretIssuingDialog
      {...props}
      action={resetTokenAction}
      title={t("reset.title", { name: props.token.name })}
      description={t("reset.body")}
      submitLabel={t("reset.confirm")}
      successToast={t("toast.reset")}
      variant="danger"
      fields={(errors) => (
        <>
          <label htmlFor="reset-grace" className="block text-sm font-medium">
            {t("reset.grace")}
          </label>
          <select
            id="reset-grace"
            name="grace"
            defaultValue="none"
            className={`${inputClass} mt-1`}
            aria-describedby={errors?.grace ? "reset-grace-error" : undefined}
          >
            {GRACE_PERIODS.map((period) => (
              <option key={period} value={period}>
                {label(period)}
              </option>
            ))}
          </select>
          {errors?.grace && (
            <p id="reset-grace-error" className="mt-1 text-sm text-red-700">
              {errors.grace.join(" ")}
            </p>
          )}
        </>
      )}
    />
  );
}
