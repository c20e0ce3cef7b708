"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { AlertTriangle, Copy, Eye, EyeOff } from "lucide-react";
import { Button } from "@/components/ui/button";
import { copyToClipboard } from "@/components/ui/copy-to-clipboard";
import { inputClass } from "@/components/ui/field";

// The one place a token's secret is ever displayed. It lives only in this component's
// props; closing the dialog drops it for good.
export function SecretReveal({ secret, onDone }: { secret: string; onDone: () => void }) {
  const t = useTranslations("api.secret");
  const [visible, setVisible] = useState(false);

  const copy = () => copyToClipboard(secret, { copied: t("copied"), failed: t("copyFailed") });

  return (
    <div className="space-y-4">
      <p role="alert" className="flex items-start gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
        {t("warning")}
      </p>
      <div>
        <label htmlFor="issued-secret" className="block text-sm font-medium">
          {t("label")}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="issued-secret"
            readOnly
            type={visible ? "text" : "password"}
            value={secret}
            className={`${inputClass} font-mono`}
            onFocus={(event) => event.currentTarget.select()}
            autoComplete="off"
            spellCheck={false}
          />
          <Button
            variant="secondary"
            aria-label={visible ? t("hide") : t("show")}
            aria-pressed={visible}
            onClick={() => setVisible((v) => !v)}
          >
            {visible ? <EyeOff className="size-4" aria-hidden /> : <Eye className="size-4" aria-hidden />}
          </Button>
        </div>
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
