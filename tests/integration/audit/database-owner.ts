import Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider, sqliteFilePath } from "@/lib/config/database-url";
import { config } from "@/lib/config/env";

// Tampering the way an intruder or a rogue database owner would do it: plain SQL on a
// connection of its own, around the app's data layer.

type Connection = { run: (sql: string, params?: unknown[]) => Promise<void> };

async function onOwnConnection<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
  const url = config().databaseUrl;
  if (databaseProvider(url) === "sqlite") {
    const file = new Database(sqliteFilePath(url));
    try {
      return await work({
        run: async (sql, params = []) => void file.prepare(sql.replace(/\$\d+/g, "?")).run(...params),
      });
    } finally {
      file.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work({ run: async (sql, params = []) => void (await client.query(sql, params)) });
  } finally {
    await client.end();
  }
}

export function rawSql(sql: string, params: unknown[] = []): Promise<void> {
  return onOwnConnection((connection) => connection.run(sql, params));
}

// Whoever owns the database can remove the append-only triggers; the chain and the anchor
// must still show what they did. The triggers come back afterwards, exactly as they were,
// because the other test files share this database.
export async function asDatabaseOwner(work: () => Promise<void>): Promise<void> {
  const url = config().databaseUrl;
  if (databaseProvider(url) === "sqlite") {
    const file = new Database(sqliteFilePath(url));
    const triggers = file
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'AuditEvent'`)
      .all() as { name: string; sql: string }[];
    if (triggers.length === 0) throw new Error("no append-only triggers to drop");
    for (const t of triggers) file.exec(`DROP TRIGGER "${t.name}"`);
    file.close();
    try {
      await work();
    } finally {
      const again = new Database(sqliteFilePath(url));
      for (const t of triggers) again.exec(t.sql);
      again.close();
    }
    return;
  }
  await rawSql(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
  try {
    await work();
  } finally {
    await rawSql(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`);
  }
}

// SQLite's driver adapter files a trigger's refusal under "foreign key constraint violated"
// in the message and keeps the trigger's own words in the error's meta; both are searched.
export async function refusal(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    const meta = error instanceof Error && "meta" in error ? JSON.stringify(error.meta) : "";
    return `${error instanceof Error ? error.message : String(error)} ${meta}`;
  }
  return "not refused";
}

// The app's connection speaks each provider's placeholder style.
export const placeholder = () => (databaseProvider(config().databaseUrl) === "sqlite" ? "?" : "$1");
