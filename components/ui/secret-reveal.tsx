"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { AlertTriangle, Copy, Eye, EyeOff } from "lucide-react";
import { Button } from "./button";
import { copyToClipboard } from "./copy-to-clipboard";
import { inputClass } from "./field";

// The catalog sections that word a one-time secret: an access token (hidden until the
// person asks to see it) and a webhook signing secret (shown as it is).
export type SecretWords = "api.secret" | "webhooks.secret";

// The one place a secret is ever displayed. It lives only in this component's props;
// closing the dialog drops it for good.
export function SecretReveal({
  secret,
  words,
  onDone,
}: {
  secret: string;
  words: SecretWords;
  onDone: () => void;
}) {
  const t = useTranslations();
  const id = useId();
  const concealable = words === "api.secret";
  const [visible, setVisible] = useState(!concealable);

  const copy = () =>
    copyToClipboard(secret, { copied: t(`${words}.copied`), failed: t(`${words}.copyFailed`) });

  return (
    <div className="space-y-4">
      <p role="alert" className="flex items-start gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
        {t(`${words}.warning`)}
      </p>
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          {t(`${words}.label`)}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id={id}
            readOnly
            type={visible ? "text" : "password"}
            value={secret}
            className={`${inputClass} font-mono`}
            onFocus={(event) => event.currentTarget.select()}
            autoComplete="off"
            spellCheck={false}
          />
          {concealable && (
            <Button
              variant="secondary"
              aria-label={visible ? t(`${words}.hide`) : t(`${words}.show`)}
              aria-pressed={visible}
              onClick={() => setVisible((v) => !v)}
            >
              {visible ? <EyeOff className="size-4" aria-hidden /> : <Eye className="size-4" aria-hidden />}
            </Button>
          )}
        </div>
      </div>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={copy}>
          <Copy className="size-4" aria-hidden />
          {t(`${words}.copy`)}
        </Button>
        <Button onClick={onDone}>{t(`${words}.done`)}</Button>
      </div>
    </div>
  );
}
