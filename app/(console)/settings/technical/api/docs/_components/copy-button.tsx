"use client";

import { useTranslations } from "next-intl";
import { Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { copyToClipboard } from "@/components/ui/copy-to-clipboard";

// Copies one example; `name` says which, for the button's accessible name.
export function CopyButton({ text, name }: { text: string; name: string }) {
  const t = useTranslations("docs");
  const copy = () => copyToClipboard(text, { copied: t("copied"), failed: t("copyFailed") });
  return (
    <Button
      variant="secondary"
      className="px-2.5 py-1.5 text-xs"
      aria-label={t("copyExample", { example: name })}
      onClick={copy}
    >
      <Copy className="size-3.5" aria-hidden />
      {t("copy")}
    </Button>
  );
}
