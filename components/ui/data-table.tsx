import type { HTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

export type DataColumn<Row> = {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  // The cell that names its row is a row header, so screen readers announce it with each cell.
  rowHeader?: boolean;
  className?: string;
  sort?: "ascending" | "descending";
};

// Framed: a page's main list, in a bordered box. Plain: a list inside a card or a section.
const LOOK = {
  framed: {
    box: "overflow-x-auto rounded-lg border border-gray-200 bg-white",
    table: "min-w-full divide-y divide-gray-200 text-sm",
    head: "bg-gray-50 text-left text-gray-600",
    headCell: "py-2 font-medium",
    cell: "py-2",
    empty: "rounded-lg border border-dashed border-gray-300 p-6 text-sm text-gray-600",
  },
  plain: {
    box: "overflow-x-auto",
    table: "w-full text-left text-sm",
    head: "border-b border-gray-200 text-xs text-gray-600",
    headCell: "py-1 pr-4 font-medium",
    cell: "py-1.5 pr-4 align-top",
    empty: "text-sm text-gray-600",
  },
};

// Every table of the console: a caption (read by screen readers, or shown), column headers
// with their scope, one row header per row, and a sentence instead of an empty table.
export function DataTable<Row>({
  caption,
  showCaption = false,
  columns,
  rows,
  rowKey,
  empty,
  look = "framed",
  dense = false,
  rowProps,
}: {
  caption: string;
  showCaption?: boolean;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty?: ReactNode;
  look?: keyof typeof LOOK;
  dense?: boolean;
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement>;
}) {
  const style = LOOK[look];
  const inset = look === "framed" && (dense ? "px-3" : "px-4");
  const headInset = cn(inset, dense && "whitespace-nowrap");
  if (rows.length === 0 && empty !== undefined) return <p className={style.empty}>{empty}</p>;
  return (
    <div className={style.box}>
      <table className={style.table}>
        <caption className={showCaption ? "mb-1 text-left text-sm font-semibold text-gray-900" : "sr-only"}>
          {caption}
        </caption>
        <thead className={style.head}>
          <tr>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                aria-sort={column.sort}
                className={cn(style.headCell, headInset)}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowProps?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th
                    key={column.id}
                    scope="row"
                    className={cn(style.cell, inset, "text-left", column.className)}
                  >
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.id} className={cn(style.cell, inset, column.className)}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
