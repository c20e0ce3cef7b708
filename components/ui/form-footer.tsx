"use client";

import { useTranslations } from "next-intl";
import { Button } from "./button";
import { DialogClose } from "./dialog";

// A dialog form's Cancel + submit, with the form-level message announced above them.
export function FormFooter({
  submitLabel,
  pending,
  message,
  variant = "primary",
}: {
  submitLabel: string;
  pending: boolean;
  message?: string;
  variant?: "primary" | "danger";
}) {
  const t = useTranslations("common");
  return (
    <div className="mt-6 space-y-3">
      <div aria-live="polite" className="text-sm text-red-700">
        {message}
      </div>
      <div className="flex justify-end gap-2">
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? t("saving") : submitLabel}
        </Button>
      </div>
    </div>
  );
}
