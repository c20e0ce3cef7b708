import type { ChangeLine } from "@/lib/audit/changes";
import { AUDIT_PAGE } from "./messages";

// Fields before → after, one per line; values are text (React escapes them).
export function ChangeList({ lines }: { lines: ChangeLine[] }) {
  if (lines.length === 0) return <span className="text-gray-500">{AUDIT_PAGE.none}</span>;
  return (
    <ul className="space-y-0.5 text-xs">
      {lines.map((line) => (
        <li key={line.field} className="break-words">
          <span className="font-medium">{line.label}:</span> {line.from} <span aria-hidden>→</span>
          <span className="sr-only">changed to</span> {line.to}
        </li>
      ))}
    </ul>
  );
}
