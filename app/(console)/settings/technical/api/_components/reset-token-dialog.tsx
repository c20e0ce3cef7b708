"use client";

import { inputClass } from "@/components/ui/field";
import { GRACE_PERIOD_LABELS } from "@/lib/messages/labels";
import { GRACE_PERIODS } from "@/lib/tokens/grace-period";
import { resetTokenAction } from "../actions";
import { RESET, TOAST } from "./messages";
import { SecretIssuingDialog } from "./secret-issuing-dialog";
import type { TokenDialogProps } from "./token-dialog-props";

// A new secret at once; the old one stops now or after the chosen grace period.
export function ResetTokenDialog(props: TokenDialogProps) {
  return (
    <SecretIssuingDialog
      {...props}
      action={resetTokenAction}
      title={RESET.title(props.token.name)}
      description={RESET.body}
      submitLabel={RESET.confirm}
      successToast={TOAST.reset}
      variant="danger"
      fields={(errors) => (
        <>
          <label htmlFor="reset-grace" className="block text-sm font-medium">
            {RESET.grace}
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
                {GRACE_PERIOD_LABELS[period]}
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
