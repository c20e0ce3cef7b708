"use client";

import { useMemo } from "react";
import { useQueryStates } from "nuqs";
import { useLocale, useTranslations } from "next-intl";
import { createColumnHelper, functionalUpdate, useTable } from "@tanstack/react-table";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { pageRange } from "@/components/ui/page-range";
import { PagedDataTable, pagedTableFeatures } from "@/components/ui/paged-data-table";
import { formatDateTime } from "@/lib/i18n/format";
import { deliveryPageParsers } from "@/lib/webhook-endpoints/delivery-page";
import type { DeliveryDto, DeliveryPage, DeliveryStatus } from "@/lib/webhook-endpoints/dto";

const column = createColumnHelper<typeof pagedTableFeatures, DeliveryDto>();

const TONES: Record<DeliveryStatus, BadgeTone> = {
  queued: "gray",
  retrying: "amber",
  delivered: "green",
  abandoned: "red",
};

// Paging happens in the database (manual mode); the table renders the page it is given
// and turns Previous / Next into URL changes.
export function DeliveriesTable({ page }: { page: DeliveryPage }) {
  const t = useTranslations("webhooks.deliveries");
  const locale = useLocale();
  const [, setParams] = useQueryStates(deliveryPageParsers, {
    shallow: false,
    history: "push",
    scroll: false,
  });
  const columns = useMemo(() => {
    const none = <span className="text-gray-500">{t("none")}</span>;
    return column.columns([
      column.accessor("eventType", {
        header: t("columns.event"),
        cell: (info) => <span className="font-mono">{info.getValue()}</span>,
      }),
      column.accessor("createdAt", {
        header: t("columns.created"),
        cell: (info) => <time dateTime={info.getValue()}>{formatDateTime(info.getValue(), locale)}</time>,
      }),
      column.accessor("status", {
        header: t("columns.status"),
        cell: (info) => <Badge tone={TONES[info.getValue()]}>{t(`status.${info.getValue()}`)}</Badge>,
      }),
      column.accessor("attempts", { header: t("columns.attempts") }),
      column.accessor("lastResponseCode", {
        header: t("columns.response"),
        cell: (info) => info.getValue() ?? none,
      }),
      column.accessor("nextAttemptAt", {
        header: t("columns.nextAttempt"),
        cell: (info) => {
          const next = info.getValue();
          return next ? <time dateTime={next}>{formatDateTime(next, locale)}</time> : none;
        },
      }),
    ]);
  }, [t, locale]);

  const pagination = { pageIndex: page.page - 1, pageSize: page.pageSize };
  const table = useTable({
    features: pagedTableFeatures,
    enableSorting: false,
    columns,
    data: page.deliveries,
    getRowId: (row) => row.id,
    manualPagination: true,
    rowCount: page.total,
    state: { pagination },
    onPaginationChange: (updater) =>
      void setParams({ page: functionalUpdate(updater, pagination).pageIndex + 1 }),
  });

  if (page.total === 0) return <p className="text-sm text-gray-600">{t("empty")}</p>;

  const { first, last } = pageRange(page);
  return (
    <PagedDataTable
      table={table}
      caption={t("caption")}
      cellClassName="whitespace-nowrap"
      pager={{
        words: "webhooks.deliveries.pagination",
        summary: t("pagination.summary", { first, last, total: page.total }),
      }}
    />
  );
}
