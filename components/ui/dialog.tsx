"use client";

import { Dialog as D } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { cn } from "./cn";

export const Dialog = D.Root;
export const DialogTrigger = D.Trigger;
export const DialogClose = D.Close;

export function DialogContent({
  title,
  description,
  children,
  className,
  ...props
}: ComponentProps<typeof D.Content> & { title: string; description?: ReactNode }) {
  const t = useTranslations("common");
  return (
    <D.Portal>
      <D.Overlay className="fixed inset-0 z-40 bg-gray-900/40" />
      <D.Content
        className={cn(
          "fixed top-1/2 left-1/2 z-50 max-h-[90vh] w-[min(40rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl",
          className,
        )}
        {...(description ? {} : { "aria-describedby": undefined })}
        {...props}
      >
        <D.Title className="text-lg font-semibold text-gray-900">{title}</D.Title>
        {description && <D.Description className="mt-1 text-sm text-gray-600">{description}</D.Description>}
        <div className="mt-4">{children}</div>
        <D.Close
          className="absolute top-4 right-4 rounded p-1 text-gray-500 hover:bg-gray-100"
          aria-label={t("close")}
        >
          <X className="size-4" aria-hidden />
        </D.Close>
      </D.Content>
    </D.Portal>
  );
}
