import { createTranslator } from "next-intl";
import { AUDIT_CSV_COLUMNS, isCsvDelimiter, type CsvDelimiter } from "@/lib/audit/csv";
import type { CsvLayout } from "@/lib/audit/export-audit-log";
import { CATALOGS } from "./catalogs";
import type { Locale } from "./locales";

// The delimiter each language's spreadsheets split on when a CSV file is opened: French and
// Spanish Excel and LibreOffice use ";" (their decimal separator is the comma).
export const CSV_DELIMITER_BY_LOCALE: Record<Locale, CsvDelimiter> = { en: ",", fr: ";", es: ";" };

export type CsvLayoutChoice = { ok: true; layout: CsvLayout } | { ok: false; message: string };

// The audit export's layout for a reader: headers and cells in their language, and their language's
// delimiter unless the `delimiter` parameter (given once: ",", ";" or a tab) overrides it.
export function auditCsvLayout(locale: Locale, delimiterParams: readonly string[]): CsvLayoutChoice {
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "csv" });
  let delimiter = CSV_DELIMITER_BY_LOCALE[locale];
  if (delimiterParams.length > 0) {
    const [asked] = delimiterParams;
    if (delimiterParams.length > 1 || !isCsvDelimiter(asked))
      return { ok: false, message: t("invalidDelimiter") };
    delimiter = asked;
  }
  const header = AUDIT_CSV_COLUMNS.map((column) => t(`auditHeaders.${column}`));
  return { ok: true, layout: { delimiter, header, locale } };
}
