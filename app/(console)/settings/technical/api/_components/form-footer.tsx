"use client";

import { Button } from "@/components/ui/button";
import { DialogClose } from "@/components/ui/dialog";
import { FORM } from "./messages";

// Cancel + submit, with the form-level message announced above them.
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
  return (
    <div className="mt-6 space-y-3">
      <div aria-live="polite" className="text-sm text-red-700">
        {message}
      </div>
      <div className="flex justify-end gap-2">
        <DialogClose asChild>
          <Button variant="secondary">{FORM.cancel}</Button>
        </DialogClose>
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? FORM.saving : submitLabel}
        </Button>
      </div>
    </div>
  );
}
