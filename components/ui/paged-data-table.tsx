"use client";

import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import {
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ReactTable,
  type Row,
  type RowData,
} from "@tanstack/react-table";
import { Button } from "./button";
import { DataTable, type DataColumn } from "./data-table";

// The features of a table whose sorting and paging happen in the database (manual mode).
export const pagedTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature });
type Features = typeof pagedTableFeatures;

// The catalog sections that word a pager: its name, Previous and Next.
type PagerWords = "audit.pagination" | "webhooks.deliveries.pagination";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

// A TanStack table drawn by DataTable, with a page's worth of rows and Previous / Next under
// it. A column that sorts is headed by a button that toggles it.
export function PagedDataTable<TData extends RowData, TSelected>({
  table,
  caption,
  cellClassName,
  pager,
}: {
  table: ReactTable<Features, TData, TSelected>;
  caption: string;
  cellClassName: string;
  pager: { words: PagerWords; summary: string };
}) {
  const t = useTranslations();
  const columns = table.getFlatHeaders().map((header, index): DataColumn<Row<Features, TData>> => {
    const sorted = header.column.getIsSorted();
    const label = String(header.column.columnDef.header);
    return {
      id: header.id,
      sort: sorted ? ARIA_SORT[sorted] : undefined,
      header: header.column.getCanSort() ? (
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
      ),
      className: `text-gray-900 ${cellClassName}`,
      cell: (row) => {
        const cell = row.getAllCells()[index];
        return cell && <table.FlexRender cell={cell} />;
      },
    };
  });
  return (
    <div className="space-y-3">
      <DataTable
        dense
        caption={caption}
        columns={columns}
        rows={table.getRowModel().rows}
        rowKey={(row) => row.id}
      />
      <nav aria-label={t(`${pager.words}.label`)} className="flex items-center justify-between gap-4">
        <p className="text-sm text-gray-600" aria-live="polite">
          {pager.summary}
        </p>
        <div className="flex gap-2">
          <Button
            variant="secondary"
            disabled={!table.getCanPreviousPage()}
            onClick={() => table.previousPage()}
          >
            {t(`${pager.words}.previous`)}
          </Button>
          <Button variant="secondary" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
            {t(`${pager.words}.next`)}
          </Button>
        </div>
      </nav>
    </div>
  );
}

function SortIcon({ sorted }: { sorted: false | "asc" | "desc" }) {
  if (sorted === "asc") return <ArrowUp className="size-3.5" aria-hidden />;
  if (sorted === "desc") return <ArrowDown className="size-3.5" aria-hidden />;
  return <ArrowUpDown className="size-3.5 text-gray-400" aria-hidden />;
}
