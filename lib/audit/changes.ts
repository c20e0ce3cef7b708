import { CATALOGS } from "@/lib/i18n/catalogs";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { auditWords, hasWord, instantText, type AuditWords } from "./display";
import { isPersonSnapshot, PERSON_FIELDS, personText, type PersonLookup } from "./person-value";

// The "Change" of an audit event: the fields before → after, as text a person reads in
// their language — people by name and email, instants as dates, catalogue entries by their
// labels, never an internal id or an ISO string. Never a secret: commands record only
// non-secret fields, and anything named like a secret is dropped here as well, should a
// future command slip.

export type ChangeLine = { field: string; label: string; from: string; to: string };

// Catalogue lookups (API section ids → labels), so a change reads "Leads, Reports"; and the
// people older events name by id only (their name and email today).
export type ChangeLookups = { sectionLabels?: ReadonlyMap<string, string>; people?: PersonLookup };

const SECRET_LIKE = /secret(?!ValidUntil)|hash|password|token$/i;
const EMPTY = "—";
const KEYS = CATALOGS[DEFAULT_LOCALE].audit.words;
const ROLE_KEYS = CATALOGS[DEFAULT_LOCALE].labels.roles;

// An instant as commands store it in audit changes (Date → JSON): "2027-12-02T19:10:03.557Z".
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

function isIsoInstant(value: string): boolean {
  return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

function fieldLabel(field: string, words: AuditWords): string {
  if (hasWord(KEYS.fields, field)) return words.t(`fields.${field}`);
  return field.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());
}

// Roles read as everywhere else in the console (the shared "labels" catalog).
function roleLabel(value: string, words: AuditWords): string | undefined {
  if (!hasWord(ROLE_KEYS, value)) return undefined;
  return CATALOGS[words.locale].labels.roles[value];
}

function enumLabel(field: string, value: string, words: AuditWords): string | undefined {
  switch (field) {
    case "scope":
      return hasWord(KEYS.scopes, value) ? words.t(`scopes.${value}`) : undefined;
    case "role":
      return roleLabel(value, words);
    case "status":
      return hasWord(KEYS.memberStatuses, value) ? words.t(`memberStatuses.${value}`) : undefined;
    case "notice":
      return hasWord(KEYS.noticeKinds, value) ? words.t(`noticeKinds.${value}`) : undefined;
    default:
      return undefined;
  }
}

function formatItem(field: string, item: unknown, lookups: ChangeLookups, words: AuditWords): string {
  if (isPersonSnapshot(item)) return personText(item, words);
  if (typeof item !== "string") return JSON.stringify(item);
  if (field === "sections") return lookups.sectionLabels?.get(item) ?? words.t("unknownSection");
  return item;
}

function formatValue(field: string, value: unknown, lookups: ChangeLookups, words: AuditWords): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    return value.map((item) => formatItem(field, item, lookups, words)).join(", ");
  }
  if (isPersonSnapshot(value)) return personText(value, words);
  if (typeof value === "boolean") {
    if (field === "apiAccessEnabled") return words.t(value ? "booleans.on" : "booleans.off");
    return words.t(value ? "booleans.yes" : "booleans.no");
  }
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return JSON.stringify(value);
  if (PERSON_FIELDS.has(field)) {
    const person = lookups.people?.get(value);
    return person ? personText(person, words) : words.t("unknownPerson");
  }
  if (isIsoInstant(value)) return instantText(value, words);
  return enumLabel(field, value, words) ?? value;
}

export function parseChanges(
  json: string | null,
  lookups: ChangeLookups = {},
  words: AuditWords = auditWords(),
): ChangeLine[] {
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
      label: fieldLabel(field, words),
      from: formatValue(field, from, lookups, words),
      to: formatValue(field, to, lookups, words),
    });
  }
  return lines;
}

// One line per field, for the CSV cell: "Name: old → new; Scope: — → Read only".
export function changesAsText(lines: readonly ChangeLine[], words: AuditWords = auditWords()): string {
  return lines
    .map((line) => words.t("changeLine", { field: line.label, from: line.from, to: line.to }))
    .join("; ");
}
