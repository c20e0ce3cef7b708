"use client";

import { useEffect, useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import type { BulkResult } from "@/lib/tokens/bulk/bulk-command";
import type { BulkAction, BulkFilters } from "@/lib/tokens/bulk/bulk.schema";
import { PREVIEW_NAMES_SHOWN } from "@/lib/tokens/bulk/limit";
import { previewBulkSelectionAction } from "../../bulk-actions";
import { BULK_SERVER_ACTIONS } from "./bulk-commands";

export type BulkRequest = { ids: string[]; names: string[] } | { filters: BulkFilters };

type Preview = { total: number; names: string[] };

// The one confirmation of a bulk action: how many tokens and which (the first names, then
// "and K more"). Revoke and Delete are red, as in the single-token dialogs.
export function BulkConfirmDialog({
  action,
  request,
  onClose,
  onDone,
  onCloseAutoFocus,
}: {
  action: BulkAction;
  request: BulkRequest;
  onClose: () => void;
  onDone: (result: BulkResult) => void;
  onCloseAutoFocus?: (event: Event) => void;
}) {
  const t = useTranslations("bulk");
  const [preview, setPreview] = useState<Preview | null>(
    "ids" in request
      ? { total: request.ids.length, names: request.names.slice(0, PREVIEW_NAMES_SHOWN) }
      : null,
  );
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if ("ids" in request) return;
    let live = true;
    void previewBulkSelectionAction(request.filters).then((answer) => {
      if (!live) return;
      if (answer.ok) setPreview(answer.data);
      else setMessage(answer.message);
    });
    return () => {
      live = false;
    };
  }, [request]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!preview || preview.total === 0) return;
    const selection = "ids" in request ? { ids: request.ids } : { filters: request.filters };
    startTransition(async () => {
      const answer = await BULK_SERVER_ACTIONS[action](selection);
      if (answer.ok) onDone(answer.data);
      else setMessage(answer.message ?? t("failed"));
    });
  }

  const count = preview?.total ?? 0;
  const more = preview ? preview.total - preview.names.length : 0;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        title={t(`confirm.title.${action}`, { count })}
        description={t(`confirm.body.${action}`)}
        onCloseAutoFocus={onCloseAutoFocus}
      >
        <form onSubmit={onSubmit}>
          {preview ? (
            <>
              <h3 id="bulk-confirm-list" className="text-sm font-medium text-gray-900">
                {t("confirm.listLabel")}
              </h3>
              <ul
                aria-labelledby="bulk-confirm-list"
                className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-gray-700"
              >
                {preview.names.map((name, index) => (
                  <li key={`${index}-${name}`}>{name}</li>
                ))}
                {more > 0 && <li>{t("confirm.more", { count: more })}</li>}
              </ul>
              <p className="mt-3 text-sm text-gray-600">{t("confirm.skipNote")}</p>
            </>
          ) : (
            !message && <p className="text-sm text-gray-600">{t("confirm.loading")}</p>
          )}
          <FormFooter
            submitLabel={t(`confirm.submit.${action}`, { count })}
            pending={pending}
            message={message}
            variant={action === "revoke" || action === "delete" ? "danger" : "primary"}
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
