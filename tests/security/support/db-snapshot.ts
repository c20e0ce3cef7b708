import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { SECURITY_DB_FILE } from "./security-env";

// Every row of every table of the server's database file, as one hash per row, so a case can
// count the rows it added, removed or changed. Read-only: the suite never writes through this.
export type Snapshot = Map<string, Map<string, string>>;

// Usage telemetry, not state: verifying a good token legitimately stamps when and from where
// it was last used.
const TELEMETRY_COLUMNS = new Set(["ApiToken.lastUsedAt", "ApiToken.lastUsedIp"]);
const SKIPPED_TABLES = new Set([
  "_prisma_migrations",
  "sqlite_sequence",
  // Verification usage: hourly counts and recent client addresses, telemetry like the above.
  "TokenUsageHour",
  "TokenClientAddress",
]);

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function snapshot(): Snapshot {
  const db = new Database(SECURITY_DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as { name: string; sql: string | null }[];
    const result: Snapshot = new Map();
    for (const { name, sql } of tables) {
      if (SKIPPED_TABLES.has(name) || name.startsWith("sqlite_")) continue;
      // A WITHOUT ROWID table (FTS5 keeps two for the name search) has no rowid: its rows are
      // keyed by their content, so a changed row counts as one removed and one added.
      const withoutRowid = /WITHOUT\s+ROWID/i.test(sql ?? "");
      const select = `SELECT ${withoutRowid ? "NULL" : "rowid"} AS "__rowid", * FROM ${quote(name)}`;
      const rows = new Map<string, string>();
      for (const row of db.prepare(select).all() as Record<string, unknown>[]) {
        const { __rowid, ...columns } = row;
        const kept = Object.entries(columns).filter(
          ([column]) => !TELEMETRY_COLUMNS.has(`${name}.${column}`),
        );
        const hash = createHash("sha256").update(JSON.stringify(kept)).digest("hex");
        rows.set(withoutRowid ? hash : String(__rowid), hash);
      }
      result.set(name, rows);
    }
    return result;
  } finally {
    db.close();
  }
}

export type RowChanges = { total: number; byTable: Record<string, number> };

// Rows added, removed or changed between two snapshots, per table.
export function rowChanges(
  before: Snapshot,
  after: Snapshot,
  ignoredTables: readonly string[] = [],
): RowChanges {
  const byTable: Record<string, number> = {};
  let total = 0;
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    if (ignoredTables.includes(table)) continue;
    const a = before.get(table) ?? new Map<string, string>();
    const b = after.get(table) ?? new Map<string, string>();
    let changed = 0;
    for (const [key, hash] of a) if (b.get(key) !== hash) changed += 1;
    for (const key of b.keys()) if (!a.has(key)) changed += 1;
    if (changed > 0) {
      byTable[table] = changed;
      total += changed;
    }
  }
  return { total, byTable };
}
