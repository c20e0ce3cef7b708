"use client";

import { Fragment, useCallback, useState, type ReactNode } from "react";
import { Dialog, DialogTrigger } from "./dialog";

// A dialog opened by its own trigger whose content mounts afresh each time it opens, so a
// form never shows the previous attempt's values, errors or result.
export function FreshDialog({
  trigger,
  children,
}: {
  trigger: ReactNode;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const close = useCallback(() => setOpen(false), []);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setAttempt((n) => n + 1);
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      {open && <Fragment key={attempt}>{children(close)}</Fragment>}
    </Dialog>
  );
}
