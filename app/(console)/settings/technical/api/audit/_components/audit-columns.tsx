import {
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import type { AuditEventDto } from "@/lib/audit/queries/audit-event-dto";
import { formatDateTime } from "@/lib/messages/format-date";
import { ChangeList } from "./change-list";
import { AUDIT_PAGE } from "./messages";

export const auditTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature });
const column = createColumnHelper<typeof auditTableFeatures, AuditEventDto>();
const C = AUDIT_PAGE.columns;
const none = <span className="text-gray-500">{AUDIT_PAGE.none}</span>;

// The columns of the audit table; only When, Actor and Action sort (in the database).
export const auditColumns = column.columns([
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
