// Reads of a stopped or running server's SQLite file, read-only, for the crash tests.
import Database from "better-sqlite3";
import { CRASH_ADMIN } from "./production-server";

function readOnly<T>(databaseFile: string, read: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}

export function lastUsed(
  databaseFile: string,
  tokenName: string,
): { id: string; lastUsedAt: number | null; lastUsedIp: string | null } {
  return readOnly(databaseFile, (sqlite) => {
    const row = sqlite
      .prepare(`SELECT "id", "lastUsedAt", "lastUsedIp" FROM "ApiToken" WHERE name = ?`)
      .get(tokenName) as { id: string; lastUsedAt: number | null; lastUsedIp: string | null } | undefined;
    if (!row) throw new Error(`no token named ${tokenName}`);
    return row;
  });
}

// The ids the create-token form needs: the first administrator, every section (the
// introspection's among them, so a probe token may introspect itself), the latest version.
export function seeded(databaseFile: string) {
  return readOnly(databaseFile, (sqlite) => {
    const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;
    return {
      adminId: one<{ id: string }>(`SELECT id FROM "User" WHERE email = ?`, CRASH_ADMIN.email).id,
      sectionIds: (sqlite.prepare(`SELECT id FROM "ApiSection"`).all() as { id: string }[]).map(
        (row) => row.id,
      ),
      versionId: one<{ id: string }>(`SELECT id FROM "ApiVersion" ORDER BY "releasedAt" DESC LIMIT 1`).id,
    };
  });
}

// Successful verifications counted for the token, whatever the hour.
export function countedSuccesses(databaseFile: string, tokenName: string): number {
  return readOnly(databaseFile, (sqlite) => {
    const row = sqlite
      .prepare(
        `SELECT COALESCE(SUM(u."count"), 0) AS n FROM "TokenUsageHour" u
         JOIN "ApiToken" t ON t."id" = u."tokenId" WHERE t.name = ? AND u."outcome" = 'ok'`,
      )
      .get(tokenName) as { n: number };
    return row.n;
  });
}
