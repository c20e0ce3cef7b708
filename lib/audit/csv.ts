import { changesAsText } from "./changes";
import type { AuditEventDto } from "./queries/audit-event-dto";

// CSV per RFC 4180, made safe to open in a spreadsheet. Pure functions, unit-tested.

// A cell a spreadsheet would read as a formula (or as a formula after a tab or carriage
// return) gets a leading apostrophe, which spreadsheets show as text (OWASP's advice).
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// Quotes a field when it holds a quote, a comma or a line break, doubling inner quotes.
export function escapeCsvField(value: string | null | undefined): string {
  const text = neutraliseFormula(value ?? "");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | null | undefined)[]): string {
  return `${values.map(escapeCsvField).join(",")}\r\n`;
}

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

export function auditEventCsvRow(event: AuditEventDto): string {
  return csvRow([
    event.occurredAt,
    event.actor.label,
    event.actor.kind === "token" ? "Token" : "User",
    event.actionLabel,
    event.target.typeLabel,
    event.target.label,
    event.target.hint,
    event.ipAddress,
    event.userAgent,
    changesAsText(event.changes),
  ]);
}
