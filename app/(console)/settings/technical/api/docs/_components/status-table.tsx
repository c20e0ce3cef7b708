import { useTranslations } from "next-intl";

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
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left text-sm font-semibold text-gray-900">{caption}</caption>
      <thead>
        <tr className="border-b border-gray-200 text-xs text-gray-600">
          <th scope="col" className="py-1 pr-4 font-medium">
            {t("status")}
          </th>
          <th scope="col" className="py-1 font-medium">
            {t("meaning")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([status, key]) => (
          <tr key={status} className="border-b border-gray-100 align-top">
            <th scope="row" className="py-1.5 pr-4 font-mono font-medium whitespace-nowrap">
              {status}
            </th>
            <td className="py-1.5 text-gray-700">{meaning(key)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
