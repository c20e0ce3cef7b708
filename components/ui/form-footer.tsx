"use client";

import { Button } from "./button";
import { DialogClose } from "./dialog";
import { UI_TEXT } from "./messages";

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
  return (
    <div className="mt-6 space-y-3">
      <div aria-live="polite" className="text-sm text-red-700">
        {message}
      </div>
      <div className="flex justify-end gap-2">
        <DialogClose asChild>
          <Button variant="secondary">{UI_TEXT.cancel}</Button>
        </DialogClose>
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? UI_TEXT.saving : submitLabel}
        </Button>
      </div>
    </div>
  );
}
