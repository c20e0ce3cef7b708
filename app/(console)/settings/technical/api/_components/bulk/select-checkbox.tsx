"use client";

import { useTranslations } from "next-intl";
import { useBulkSelection } from "./bulk-selection";

export const checkboxClass = "size-4 rounded border-gray-400 text-brand-600 focus-visible:outline-brand-600";

// A card's selection box, named after the token; nothing where bulk actions are not offered.
export function BulkSelectCheckbox({ id, name }: { id: string; name: string }) {
  const t = useTranslations("bulk");
  const selection = useBulkSelection();
  if (!selection) return null;
  return (
    <input
      type="checkbox"
      className={`mt-1 shrink-0 ${checkboxClass}`}
      aria-label={t("select", { name })}
      checked={selection.allMatching || selection.selected.has(id)}
      onChange={(event) => selection.toggle(id, event.target.checked)}
    />
  );
}
