import { formatDateTime, isIsoInstant } from "@/lib/messages/format-date";
import {
  AUDIT_BOOLEAN_LABELS as BOOLEAN,
  AUDIT_FIELD_LABELS,
  AUDIT_VALUE_WORDS as WORDS,
  labelOf,
  MEMBER_STATUS_LABELS,
  NOTICE_KIND_LABELS,
  ROLE_LABELS,
  SCOPE_LABELS,
} from "@/lib/messages/labels";
import { isPersonSnapshot, PERSON_FIELDS, personText, type PersonLookup } from "./person-value";

// The "Change" of an audit event: the fields before → after, as text a person reads —
// people by name and email, instants as dates, catalogue entries by their labels, never an
// internal id or an ISO string. Never a secret: commands record only non-secret fields, and
// anything named like a secret is dropped here as well, should a future command slip.

export type ChangeLine = { field: string; label: string; from: string; to: string };

// Catalogue lookups (API section ids → labels), so a change reads "Leads, Reports"; and the
// people older events name by id only (their name and email today).
export type ChangeLookups = { sectionLabels?: ReadonlyMap<string, string>; people?: PersonLookup };

const SECRET_LIKE = /secret(?!ValidUntil)|hash|password|token$/i;
const EMPTY = "—";

function fieldLabel(field: string): string {
  return (
    labelOf(AUDIT_FIELD_LABELS, field) ??
    field.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase())
  );
}

function enumLabel(field: string, value: string): string | undefined {
  switch (field) {
    case "scope":
      return labelOf(SCOPE_LABELS, value);
    case "role":
      return labelOf(ROLE_LABELS, value);
    case "status":
      return labelOf(MEMBER_STATUS_LABELS, value);
    case "notice":
      return labelOf(NOTICE_KIND_LABELS, value);
    default:
      return undefined;
  }
}

function formatItem(field: string, item: unknown, lookups: ChangeLookups): string {
  if (isPersonSnapshot(item)) return personText(item);
  if (typeof item !== "string") return JSON.stringify(item);
  if (field === "sections") return lookups.sectionLabels?.get(item) ?? WORDS.unknownSection;
  return item;
}

function formatValue(field: string, value: unknown, lookups: ChangeLookups): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    return value.map((item) => formatItem(field, item, lookups)).join(", ");
  }
  if (isPersonSnapshot(value)) return personText(value);
  if (typeof value === "boolean") {
    if (field === "apiAccessEnabled") return value ? BOOLEAN.on : BOOLEAN.off;
    return value ? BOOLEAN.yes : BOOLEAN.no;
  }
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return JSON.stringify(value);
  if (PERSON_FIELDS.has(field)) {
    const person = lookups.people?.get(value);
    return person ? personText(person) : WORDS.unknownPerson;
  }
  if (isIsoInstant(value)) return formatDateTime(value);
  return enumLabel(field, value) ?? value;
}

export function parseChanges(json: string | null, lookups: ChangeLookups = {}): ChangeLine[] {
  if (!json) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return [];
  const lines: ChangeLine[] = [];
  for (const [field, change] of Object.entries(parsed)) {
    if (SECRET_LIKE.test(field) || typeof change !== "object" || change === null) continue;
    const { from, to } = change as { from?: unknown; to?: unknown };
    lines.push({
      field,
      label: fieldLabel(field),
      from: formatValue(field, from, lookups),
      to: formatValue(field, to, lookups),
    });
  }
  return lines;
}

// One line per field, for the CSV cell: "Name: old → new; Scope: — → Read only".
export function changesAsText(lines: readonly ChangeLine[]): string {
  return lines.map((line) => `${line.label}: ${line.from} → ${line.to}`).join("; ");
}
