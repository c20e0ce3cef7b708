import { useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import { createColumnHelper } from "@tanstack/react-table";
import { type pagedTableFeatures } from "@/components/ui/paged-data-table";
import type { AuditEventDto } from "@/lib/audit/queries/audit-event-dto";
import { formatDateTime } from "@/lib/i18n/format";
import { ChangeList } from "./change-list";

const column = createColumnHelper<typeof pagedTableFeatures, AuditEventDto>();

// The columns of the audit table, headed in the reader's language; only When, Actor and
// Action sort (in the database). Times say UTC, as the page's introduction does.
export function useAuditColumns() {
  const t = useTranslations("audit");
  const locale = useLocale();
  return useMemo(() => {
    const none = <span className="text-gray-500">{t("page.none")}</span>;
    return column.columns([
      column.accessor("occurredAt", {
        id: "when",
        header: t("columns.when"),
        sortDescFirst: true,
        cell: (info) => (
          <time dateTime={info.getValue()} className="whitespace-nowrap">
            {formatDateTime(info.getValue(), locale, { withZone: true })}
          </time>
        ),
      }),
      column.accessor((row) => row.actor.label, {
        id: "actor",
        header: t("columns.actor"),
        cell: (info) => (
          <span className="break-all">
            {info.getValue()}
            {info.row.original.actor.kind === "token" && (
              <span className="text-gray-600"> {t("page.actorIsToken")}</span>
            )}
          </span>
        ),
      }),
      column.accessor("actionLabel", {
        id: "action",
        header: t("columns.action"),
        cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span>,
      }),
      column.display({
        id: "token",
        header: t("columns.token"),
        enableSorting: false,
        cell: ({ row }) => {
          const target = row.original.target;
          if (!target.label) return none;
          return (
            <span>
              {target.type !== "token" && (
                <span className="text-gray-600">{t("page.targetOfType", { type: target.typeLabel })} </span>
              )}
              <span className="break-words">{target.label}</span>
              {target.hint && <span className="block font-mono text-xs text-gray-600">{target.hint}</span>}
            </span>
          );
        },
      }),
      column.accessor("ipAddress", {
        id: "clientAddress",
        header: t("columns.clientAddress"),
        enableSorting: false,
        cell: (info) => info.getValue() ?? none,
      }),
      column.accessor("userAgent", {
        id: "userAgent",
        header: t("columns.userAgent"),
        enableSorting: false,
        cell: (info) => (
          <span className="line-clamp-2 max-w-56 text-xs break-all" title={info.getValue() ?? undefined}>
            {info.getValue() ?? none}
          </span>
        ),
      }),
      column.display({
        id: "change",
        header: t("columns.change"),
        enableSorting: false,
        cell: ({ row }) => <ChangeList lines={row.original.changes} />,
      }),
    ]);
  }, [t, locale]);
}
