"use client";

import { useQueryStates } from "nuqs";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import {
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { AUDIT_SORT_COLUMNS, auditLogParsers, type AuditSortColumn } from "@/lib/audit/log-filters";
import type { AuditEventDto } from "@/lib/audit/queries/audit-event-dto";
import { ChangeList } from "./change-list";
import { formatDateTime } from "../../_components/format-date";
import { AUDIT_PAGE } from "./messages";
import { AuditPagination } from "./audit-pagination";

const features = tableFeatures({ rowSortingFeature, rowPaginationFeature });
const column = createColumnHelper<typeof features, AuditEventDto>();
const C = AUDIT_PAGE.columns;
const none = <span className="text-gray-500">{AUDIT_PAGE.none}</span>;

// Sorting, filtering and paging happen in the database (manual mode); the table renders
// the page it is given and turns header clicks into URL changes.
const columns = column.columns([
  column.accessor("occurredAt", {
    id: "when",
    header: C.when,
    sortDescFirst: true,
    cell: (info) => (
      <time dateTime={info.getValue()} className="whitespace-nowrap">
        {formatDateTime(info.getValue())}
      </time>
    ),
  }),
  column.accessor((row) => row.actor.label, {
    id: "actor",
    header: C.actor,
    cell: (info) => (
      <span className="break-all">
        {info.getValue()}
        {info.row.original.actor.kind === "token" && (
          <span className="text-gray-600"> ({AUDIT_PAGE.actorIsToken})</span>
        )}
      </span>
    ),
  }),
  column.accessor("actionLabel", {
    id: "action",
    header: C.action,
    cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span>,
  }),
  column.display({
    id: "token",
    header: C.token,
    enableSorting: false,
    cell: ({ row }) => {
      const target = row.original.target;
      if (!target.label) return none;
      return (
        <span>
          {target.type !== "token" && <span className="text-gray-600">{target.typeLabel} · </span>}
          <span className="break-words">{target.label}</span>
          {target.hint && <span className="block font-mono text-xs text-gray-600">{target.hint}</span>}
        </span>
      );
    },
  }),
  column.accessor("ipAddress", {
    id: "clientAddress",
    header: C.clientAddress,
    enableSorting: false,
    cell: (info) => info.getValue() ?? none,
  }),
  column.accessor("userAgent", {
    id: "userAgent",
    header: C.userAgent,
    enableSorting: false,
    cell: (info) => (
      <span className="line-clamp-2 max-w-56 text-xs break-all" title={info.getValue() ?? undefined}>
        {info.getValue() ?? none}
      </span>
    ),
  }),
  column.display({
    id: "change",
    header: C.change,
    enableSorting: false,
    cell: ({ row }) => <ChangeList lines={row.original.changes} />,
  }),
]);

const isSortColumn = (id: string): id is AuditSortColumn =>
  (AUDIT_SORT_COLUMNS as readonly string[]).includes(id);

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
  const [params, setParams] = useQueryStates(auditLogParsers, {
    shallow: false,
    history: "push",
    scroll: false,
  });
  const sorting: SortingState = [{ id: params.sort, desc: params.dir === "desc" }];

  const table = useTable({
    features,
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
          <caption className="sr-only">{AUDIT_PAGE.tableCaption}</caption>
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
