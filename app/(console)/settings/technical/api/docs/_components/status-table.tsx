import { useTranslations } from "next-intl";
import { DataTable, type DataColumn } from "@/components/ui/data-table";

// The HTTP statuses an endpoint answers: the code as it is, its meaning in the reader's language.
export type StatusRow<K extends string> = readonly [status: string, meaning: K];

export function StatusTable<K extends string>({
  caption,
  rows,
  meaning,
}: {
  caption: string;
  rows: readonly StatusRow<K>[];
  meaning: (key: K) => string;
}) {
  const t = useTranslations("docs.statusColumns");
  const columns: DataColumn<StatusRow<K>>[] = [
    {
      id: "status",
      header: t("status"),
      rowHeader: true,
      className: "font-mono font-medium whitespace-nowrap",
      cell: ([status]) => status,
    },
    { id: "meaning", header: t("meaning"), className: "text-gray-700", cell: ([, key]) => meaning(key) },
  ];
  return (
    <DataTable
      look="plain"
      caption={caption}
      showCaption
      columns={columns}
      rows={rows}
      rowKey={([status]) => status}
    />
  );
}
