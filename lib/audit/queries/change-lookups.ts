import "server-only";
import { db } from "@/lib/db/client";
import type { ChangeLookups } from "../changes";
import { legacyPersonIds } from "../person-value";

// The catalogue is small and shared by every account: one read per page or export.
export async function loadSectionLabels(): Promise<ReadonlyMap<string, string>> {
  const sections = await db().apiSection.findMany({ select: { id: true, label: true } });
  return new Map(sections.map((s) => [s.id, s.label]));
}

// Events written before people were captured by name name them by user id: those ids read
// as the person is today, found only among this account's members (active or not), so an
// id can never reveal someone of another account.
export async function loadLegacyPeople(
  accountId: string,
  rows: readonly { changes: string | null }[],
): Promise<NonNullable<ChangeLookups["people"]>> {
  const ids = [...new Set(rows.flatMap((row) => legacyPersonIds(row.changes)))];
  if (ids.length === 0) return new Map();
  const users = await db().user.findMany({
    where: { id: { in: ids }, memberships: { some: { accountId } } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((user) => [user.id, { name: user.name, email: user.email }]));
}

export async function loadChangeLookups(
  accountId: string,
  rows: readonly { changes: string | null }[],
  sectionLabels?: ReadonlyMap<string, string>,
): Promise<ChangeLookups> {
  const [sections, people] = await Promise.all([
    sectionLabels ?? loadSectionLabels(),
    loadLegacyPeople(accountId, rows),
  ]);
  return { sectionLabels: sections, people };
}
