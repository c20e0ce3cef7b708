"use client";

import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTable, type SortingState, type Updater } from "@tanstack/react-table";
import { AUDIT_SORT_COLUMNS, auditLogParsers, type AuditSortColumn } from "@/lib/audit/log-filters";
import type { AuditEventDto } from "@/lib/audit/queries/audit-event-dto";
import { auditTableFeatures, useAuditColumns } from "./audit-columns";
import { AuditPagination } from "./audit-pagination";

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
  const t = useTranslations("audit.page");
  const columns = useAuditColumns();
  const [params, setParams] = useQueryStates(auditLogParsers, {
    shallow: false,
    history: "push",
    scroll: false,
  });
  const sorting: SortingState = [{ id: params.sort, desc: params.dir === "desc" }];

  const table = useTable({
    features: auditTableFeatures,
    columns,
    data: events,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    rowCount: total,
    state: { sorting, pagination: { pageIndex: page - 1, pageSize } },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = (typeof updater === "function" ? updater(sorting) : updater)[0];
      if (!next || !isSortColumn(next.id)) return;
      void setParams({ sort: next.id, dir: next.desc ? "desc" : "asc", page: null });
    },
    onPaginationChange: (updater) => {
      const current = { pageIndex: page - 1, pageSize };
      const next = typeof updater === "function" ? updater(current) : updater;
      void setParams({ page: next.pageIndex + 1 });
    },
  });

  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table className="min-w-full divide-y divide-gray-200 text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead className="bg-gray-50 text-left text-gray-700">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = String(header.column.columnDef.header);
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="px-3 py-2 font-medium whitespace-nowrap"
                      aria-sort={
                        sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined
                      }
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="focus-visible:outline-brand-600 inline-flex items-center gap-1 rounded hover:text-gray-900 focus-visible:outline-2"
                        >
                          {label}
                          <SortIcon sorted={sorted} />
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-gray-100 align-top">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2 text-gray-900">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AuditPagination
        page={page}
        pages={table.getPageCount()}
        pageSize={pageSize}
        total={total}
        onPrevious={table.getCanPreviousPage() ? () => table.previousPage() : undefined}
        onNext={table.getCanNextPage() ? () => table.nextPage() : undefined}
      />
    </div>
  );
}

function SortIcon({ sorted }: { sorted: false | "asc" | "desc" }) {
  if (sorted === "asc") return <ArrowUp className="size-3.5" aria-hidden />;
  if (sorted === "desc") return <ArrowDown className="size-3.5" aria-hidden />;
  return <ArrowUpDown className="size-3.5 text-gray-400" aria-hidden />;
}
