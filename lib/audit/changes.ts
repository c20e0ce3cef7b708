import {
  AUDIT_BOOLEAN_LABELS as BOOLEAN,
  AUDIT_FIELD_LABELS,
  labelOf,
  ROLE_LABELS,
  SCOPE_LABELS,
} from "@/lib/messages/labels";

// The "Change" of an audit event: the fields before → after, as text a person reads. Never
// a secret: commands record only non-secret fields, and anything named like a secret is
// dropped here as well, should a future command slip.

export type ChangeLine = { field: string; label: string; from: string; to: string };

// Catalogue lookups (API section ids → labels), so a change reads "Leads, Reports".
export type ChangeLookups = { sectionLabels?: ReadonlyMap<string, string> };

const SECRET_LIKE = /secret(?!ValidUntil)|hash|password|token$/i;
const EMPTY = "—";

function fieldLabel(field: string): string {
  return (
    labelOf(AUDIT_FIELD_LABELS, field) ??
    field.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase())
  );
}

function formatValue(field: string, value: unknown, lookups: ChangeLookups): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    const labels = field === "sections" ? lookups.sectionLabels : undefined;
    return value
      .map((item) => (typeof item === "string" ? (labels?.get(item) ?? item) : JSON.stringify(item)))
      .join(", ");
  }
  if (field === "scope" && typeof value === "string") return labelOf(SCOPE_LABELS, value) ?? value;
  if (field === "role" && typeof value === "string") return labelOf(ROLE_LABELS, value) ?? value;
  if (typeof value === "boolean")
    return field === "apiAccessEnabled"
      ? value
        ? BOOLEAN.on
        : BOOLEAN.off
      : value
        ? BOOLEAN.yes
        : BOOLEAN.no;
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
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
