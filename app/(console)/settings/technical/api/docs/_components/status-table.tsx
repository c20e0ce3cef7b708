import { DOCS_PAGE } from "./messages";

export function StatusTable({
  caption,
  rows,
}: {
  caption: string;
  rows: readonly (readonly [string, string])[];
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left text-sm font-semibold text-gray-900">{caption}</caption>
      <thead>
        <tr className="border-b border-gray-200 text-xs text-gray-600">
          <th scope="col" className="py-1 pr-4 font-medium">
            {DOCS_PAGE.statusColumns.status}
          </th>
          <th scope="col" className="py-1 font-medium">
            {DOCS_PAGE.statusColumns.meaning}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([status, meaning]) => (
          <tr key={status} className="border-b border-gray-100 align-top">
            <th scope="row" className="py-1.5 pr-4 font-mono font-medium whitespace-nowrap">
              {status}
            </th>
            <td className="py-1.5 text-gray-700">{meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
