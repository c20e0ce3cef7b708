import { auditWords } from "./display";

// A person as an audit event names them: their name and email when the event was written,
// so the line still reads after they change either, are deactivated or leave the account.
export type PersonSnapshot = { id: string; name: string; email: string };

export type PersonLookup = ReadonlyMap<string, { name: string; email: string }>;

// Fields whose value is a person. Events written before snapshots hold a bare user id there.
export const PERSON_FIELDS: ReadonlySet<string> = new Set(["owner"]);

export function isPersonSnapshot(value: unknown): value is PersonSnapshot {
  if (typeof value !== "object" || value === null) return false;
  const { id, name, email } = value as Record<string, unknown>;
  return typeof id === "string" && typeof name === "string" && typeof email === "string";
}

export function personText(person: { name: string; email: string }, words = auditWords()): string {
  const name = person.name.trim();
  return name && name !== person.email ? words.t("person", { name, email: person.email }) : person.email;
}

// The user ids an older event names in a person field, to look up how they read today.
export function legacyPersonIds(changesJson: string | null): string[] {
  if (!changesJson) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(changesJson);
  } catch {
    return [];
  }
  if (typeof parsed !== "object" || parsed === null) return [];
  const ids: string[] = [];
  for (const [field, change] of Object.entries(parsed)) {
    if (!PERSON_FIELDS.has(field) || typeof change !== "object" || change === null) continue;
    const { from, to } = change as { from?: unknown; to?: unknown };
    for (const value of [from, to]) if (typeof value === "string" && value) ids.push(value);
  }
  return ids;
}
