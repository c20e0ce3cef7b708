"use client";

import { forwardRef } from "react";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import type { BulkResult } from "@/lib/tokens/bulk/bulk-command";

// The summary of a bulk result ("2 tokens revoked; 1 skipped"), for the toast and the panel.
export function useBulkSummary() {
  const t = useTranslations("bulk.result");
  return (result: BulkResult) => {
    const done = t(`done.${result.action}`, { count: result.done.length });
    return result.skipped.length > 0 ? t("withSkips", { done, count: result.skipped.length }) : done;
  };
}

// What the last bulk action did and skipped, token by token, with the reason of each skip.
export const BulkResultPanel = forwardRef<HTMLHeadingElement, { result: BulkResult; onDismiss: () => void }>(
  function BulkResultPanel({ result, onDismiss }, headingRef) {
    const t = useTranslations("bulk.result");
    const summary = useBulkSummary();
    return (
      <section
        aria-labelledby="bulk-result-heading"
        className="rounded-md border border-gray-200 bg-white p-3 text-sm"
      >
        <div className="flex items-start justify-between gap-3">
          <div>
            <h3
              id="bulk-result-heading"
              ref={headingRef}
              tabIndex={-1}
              className="font-semibold text-gray-900"
            >
              {t("heading")}
            </h3>
            <p className="text-gray-700">{summary(result)}</p>
          </div>
          <button
            type="button"
            onClick={onDismiss}
            aria-label={t("dismiss")}
            className="rounded p-1 text-gray-500 hover:bg-gray-100"
          >
            <X className="size-4" aria-hidden />
          </button>
        </div>
        {result.done.length > 0 && (
          <>
            <h4 id="bulk-result-done" className="mt-2 font-medium text-gray-900">
              {t("doneHeading")}
            </h4>
            <ul aria-labelledby="bulk-result-done" className="list-disc pl-5 text-gray-700">
              {result.done.map((token) => (
                <li key={token.id}>{token.name}</li>
              ))}
            </ul>
          </>
        )}
        {result.skipped.length > 0 && (
          <>
            <h4 id="bulk-result-skipped" className="mt-2 font-medium text-gray-900">
              {t("skippedHeading")}
            </h4>
            <ul aria-labelledby="bulk-result-skipped" className="list-disc pl-5 text-gray-700">
              {result.skipped.map((token) => (
                <li key={token.id}>
                  {t("skippedItem", {
                    name: token.name ?? t("unknownToken"),
                    reason: t(`reasons.${token.reason}`),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    );
  },
);
