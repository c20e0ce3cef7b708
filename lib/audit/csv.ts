import { changesAsText } from "./changes";
import { actorKindLabel, auditWords, type AuditWords } from "./display";
import type { AuditEventDto } from "./queries/audit-event-dto";

// CSV per RFC 4180, made safe to open in a spreadsheet. Pure functions, unit-tested.

// A cell a spreadsheet would read as a formula (or as a formula after a tab or carriage
// return) gets a leading apostrophe, which spreadsheets show as text (OWASP's advice).
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// Spreadsheets in French and Spanish split on ";" (lib/i18n/csv-layout.ts picks one per
// language); a tab suits tools that want TSV. Nothing else may separate fields.
export const CSV_DELIMITERS = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export function isCsvDelimiter(value: unknown): value is CsvDelimiter {
  return typeof value === "string" && (CSV_DELIMITERS as readonly string[]).includes(value);
}

// Quotes a field when it holds a quote, the delimiter or a line break, doubling inner quotes.
export function escapeCsvField(value: string | null | undefined, delimiter: CsvDelimiter = ","): string {
  const text = neutraliseFormula(value ?? "");
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(
  values: readonly (string | null | undefined)[],
  delimiter: CsvDelimiter = ",",
): string {
  return `${values.map((value) => escapeCsvField(value, delimiter)).join(delimiter)}\r\n`;
}

// The columns, by the catalog key of their header (csv.auditHeaders.<key>), in order.
export const AUDIT_CSV_COLUMNS = [
  "when",
  "actor",
  "actorType",
  "action",
  "targetType",
  "target",
  "tokenHint",
  "clientAddress",
  "userAgent",
  "change",
] as const;

// The English header, for callers without a reader (the catalogs' English matches it).
export const AUDIT_CSV_HEADER = [
  "When (UTC)",
  "Actor",
  "Actor type",
  "Action",
  "Target type",
  "Target",
  "Token hint",
  "Client address",
  "User agent",
  "Change",
] as const;

// The event's words (action, target type, change) come in the DTO's language; the actor's
// kind is said here in the same one.
export function auditEventCsvRow(
  event: AuditEventDto,
  delimiter: CsvDelimiter = ",",
  words: AuditWords = auditWords(),
): string {
  const cells = [
    event.occurredAt,
    event.actor.label,
    actorKindLabel(event.actor.kind, words),
    event.actionLabel,
    event.target.typeLabel,
    event.target.label,
    event.target.hint,
    event.ipAddress,
    event.userAgent,
    changesAsText(event.changes, words),
  ];
  return csvRow(cells, delimiter);
}
