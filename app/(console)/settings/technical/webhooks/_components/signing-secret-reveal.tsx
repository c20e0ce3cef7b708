"use client";

import { useTranslations } from "next-intl";
import { AlertTriangle, Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { copyToClipboard } from "@/components/ui/copy-to-clipboard";
import { inputClass } from "@/components/ui/field";

// The one place an endpoint's signing secret is ever displayed. It lives only in this
// component's props; closing the dialog drops it for good.
export function SigningSecretReveal({ secret, onDone }: { secret: string; onDone: () => void }) {
  const t = useTranslations("webhooks.secret");

  const copy = () => copyToClipboard(secret, { copied: t("copied"), failed: t("copyFailed") });

  return (
    <div className="space-y-4">
      <p role="alert" className="flex items-start gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
        {t("warning")}
      </p>
      <div>
        <label htmlFor="signing-secret" className="block text-sm font-medium">
          {t("label")}
        </label>
        <input
          id="signing-secret"
          readOnly
          value={secret}
          className={`${inputClass} mt-1 font-mono`}
          onFocus={(event) => event.currentTarget.select()}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={copy}>
          <Copy className="size-4" aria-hidden />
          {t("copy")}
        </Button>
        <Button onClick={onDone}>{t("done")}</Button>
      </div>
    </div>
  );
}
