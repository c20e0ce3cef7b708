"use client";

import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { functionalUpdate, useTable, type SortingState, type Updater } from "@tanstack/react-table";
import { pageRange } from "@/components/ui/page-range";
import { PagedDataTable, pagedTableFeatures } from "@/components/ui/paged-data-table";
import { AUDIT_SORT_COLUMNS, auditLogParsers, type AuditSortColumn } from "@/lib/audit/log-filters";
import type { AuditEventDto } from "@/lib/audit/queries/audit-event-dto";
import { useAuditColumns } from "./audit-columns";

const isSortColumn = (id: string): id is AuditSortColumn =>
  (AUDIT_SORT_COLUMNS as readonly string[]).includes(id);

// Sorting, filtering and paging happen in the database (manual mode); the table renders
// the page it is given and turns header clicks into URL changes.
export function AuditTable({
  events,
  total,
  page,
  pageSize,
}: {
  events: AuditEventDto[];
  total: number;
  page: number;
  pageSize: number;
}) {
  const t = useTranslations("audit");
  const columns = useAuditColumns();
  const [params, setParams] = useQueryStates(auditLogParsers, {
    shallow: false,
    history: "push",
    scroll: false,
  });
  const sorting: SortingState = [{ id: params.sort, desc: params.dir === "desc" }];

  const pagination = { pageIndex: page - 1, pageSize };
  const table = useTable({
    features: pagedTableFeatures,
    columns,
    data: events,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    rowCount: total,
    state: { sorting, pagination },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = functionalUpdate(updater, sorting)[0];
      if (!next || !isSortColumn(next.id)) return;
      void setParams({ sort: next.id, dir: next.desc ? "desc" : "asc", page: null });
    },
    onPaginationChange: (updater) =>
      void setParams({ page: functionalUpdate(updater, pagination).pageIndex + 1 }),
  });

  const { first, last, pages } = pageRange({ page, pageSize, total });
  return (
    <PagedDataTable
      table={table}
      caption={t("page.tableCaption")}
      cellClassName="align-top"
      pager={{
        words: "audit.pagination",
        summary: t("pagination.summary", { first, last, total, page, pages }),
      }}
    />
  );
}
