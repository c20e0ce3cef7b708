"use client";

import { useEffect, useRef, useState } from "react";
import { useQueryStates } from "nuqs";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { BulkResult } from "@/lib/tokens/bulk/bulk-command";
import type { BulkAction } from "@/lib/tokens/bulk/bulk.schema";
import { BULK_LIMIT } from "@/lib/tokens/bulk/limit";
import { actionsForStatusFilter, actionsForTokens } from "@/lib/tokens/bulk/offered-actions";
import { tokenListParsers } from "@/lib/tokens/list-filters";
import { BulkConfirmDialog, type BulkRequest } from "./bulk-confirm-dialog";
import { BulkResultPanel, useBulkSummary } from "./bulk-result";
import { useBulkSelection } from "./bulk-selection";
import { checkboxClass } from "./select-checkbox";

// Above the cards: select the page or every matching token, the actions that make sense
// for the selection, and the result of the last bulk action.
export function BulkToolbar() {
  const t = useTranslations("bulk");
  const selection = useBulkSelection();
  const [{ q, created, status }] = useQueryStates(tokenListParsers);
  const [confirming, setConfirming] = useState<{ action: BulkAction; request: BulkRequest } | null>(null);
  const [result, setResult] = useState<BulkResult | null>(null);
  const summary = useBulkSummary();
  const pageBox = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);

  const tokens = selection?.tokens ?? [];
  const chosen = tokens.filter((token) => selection?.selected.has(token.id));
  const wholePage = tokens.length > 0 && chosen.length === tokens.length;

  useEffect(() => {
    if (pageBox.current) pageBox.current.indeterminate = chosen.length > 0 && !wholePage;
  }, [chosen.length, wholePage]);

  if (!selection) return null;
  const { total, allMatching } = selection;
  const count = allMatching ? total : chosen.length;
  const offered = allMatching ? actionsForStatusFilter(status) : actionsForTokens(chosen);

  function confirm(action: BulkAction) {
    const request: BulkRequest = allMatching
      ? { filters: { q, created, status } }
      : { ids: chosen.map((token) => token.id), names: chosen.map((token) => token.name) };
    setConfirming({ action, request });
  }

  function onDone(done: BulkResult) {
    toast.success(summary(done));
    setResult(done);
    focusResult.current = true;
    setConfirming(null);
    selection?.clear();
  }

  return (
    <div className="space-y-3">
      <section
        aria-label={t("toolbar")}
        className="flex flex-wrap items-center gap-3 rounded-md border border-gray-200 bg-white px-3 py-2 text-sm"
      >
        <label className="inline-flex items-center gap-2 text-gray-900">
          <input
            ref={pageBox}
            type="checkbox"
            className={checkboxClass}
            checked={wholePage || allMatching}
            onChange={(event) => selection.togglePage(event.target.checked)}
          />
          {t("selectPage")}
        </label>
        <p aria-live="polite" className="text-gray-700">
          {count > 0 && t("selected", { count })}
        </p>
        {wholePage && !allMatching && total > tokens.length && (
          <>
            {total <= BULK_LIMIT ? (
              <Button variant="ghost" className="px-2 py-1" onClick={selection.selectAllMatching}>
                {t("selectAllMatching", { total })}
              </Button>
            ) : (
              <p className="text-gray-600">{t("tooManyMatching", { total, limit: BULK_LIMIT })}</p>
            )}
          </>
        )}
        {allMatching && <p className="text-gray-700">{t("allMatchingSelected", { total })}</p>}
        {count > 0 && (
          <div className="ml-auto flex flex-wrap gap-2">
            {offered.map((action) => (
              <Button
                key={action}
                variant={action === "revoke" || action === "delete" ? "danger" : "secondary"}
                className="px-3 py-1.5"
                onClick={() => confirm(action)}
              >
                {t(`actions.${action}`)}
              </Button>
            ))}
            <Button variant="ghost" className="px-3 py-1.5" onClick={selection.clear}>
              {t("clear")}
            </Button>
          </div>
        )}
      </section>
      {result && <BulkResultPanel ref={resultHeading} result={result} onDismiss={() => setResult(null)} />}
      {confirming && (
        <BulkConfirmDialog
          action={confirming.action}
          request={confirming.request}
          onClose={() => setConfirming(null)}
          onDone={onDone}
          onCloseAutoFocus={(event) => {
            // After a bulk action its buttons are gone: focus moves to the result instead.
            if (!focusResult.current) return;
            event.preventDefault();
            focusResult.current = false;
            resultHeading.current?.focus();
          }}
        />
      )}
    </div>
  );
}
