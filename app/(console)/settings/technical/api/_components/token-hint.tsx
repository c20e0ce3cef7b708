"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Tooltip } from "@/components/ui/tooltip";
import { hintKind } from "@/lib/tokens/hint";

// A token's non-secret hint, explained on hover and focus; screen readers hear the same
// explanation as the hint's description. Hints stored before they matched the token's end
// say so (lib/tokens/hint.ts).
export function TokenHint({ hint }: { hint: string }) {
  const t = useTranslations("api.hint");
  const descriptionId = useId();
  const kind = hintKind(hint);
  const explanation = kind === "before-checksum" ? t("beforeChecksum") : t("tokenEnd");
  return (
    <>
      <Tooltip content={explanation}>
        <button
          type="button"
          aria-describedby={descriptionId}
          className="focus-visible:outline-brand-600 mt-0.5 inline-flex cursor-help items-baseline gap-1.5 rounded font-mono text-xs text-gray-500 underline decoration-gray-300 decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          {hint}
          {kind === "before-checksum" && <span className="font-sans text-gray-500">{t("olderMark")}</span>}
        </button>
      </Tooltip>
      <span id={descriptionId} className="sr-only">
        {explanation}
      </span>
    </>
  );
}
