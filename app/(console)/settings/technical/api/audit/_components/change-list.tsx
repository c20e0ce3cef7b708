import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ChangeLine } from "@/lib/audit/changes";

// Fields before → after, one per line; values are text (React escapes them).
export function ChangeList({ lines }: { lines: ChangeLine[] }) {
  const t = useTranslations("audit.page");
  if (lines.length === 0) return <span className="text-gray-500">{t("none")}</span>;
  return (
    <ul className="space-y-0.5 text-xs">
      {lines.map((line) => (
        <ChangeItem key={line.field} line={line} />
      ))}
    </ul>
  );
}

// "Name: A → B", the arrow read out as words ("changed to") in the reader's language.
function ChangeItem({ line }: { line: ChangeLine }) {
  const t = useTranslations("audit.page");
  const text = t.rich("changeItem", {
    label: line.label,
    from: line.from,
    to: line.to,
    field: (chunks: ReactNode) => <span className="font-medium">{chunks}</span>,
    arrow: (chunks: ReactNode) => <span aria-hidden>{chunks}</span>,
    hidden: (chunks: ReactNode) => <span className="sr-only">{chunks}</span>,
  });
  return <li className="break-words">{text}</li>;
}
