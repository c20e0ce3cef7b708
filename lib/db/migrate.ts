import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import Database from "better-sqlite3";
import { databaseProvider, sqliteFilePath, type DatabaseProvider } from "@/lib/config/database-url";
import { migrationsDir } from "./schema-files";
import { schemaFilters, withSchemaEngine } from "./schema-engine";

// The checked-in migration folders of a provider, in Prisma's own format, as the schema
// engine expects them.
export function migrationList(provider: DatabaseProvider): MigrationList {
  const baseDir = migrationsDir(provider);
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const folders = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: folders.map((folder) => ({
      path: folder,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(baseDir, folder, "migration.sql"), "utf8") },
      },
    })),
  };
}

// Applies every migration the database has not seen, exactly as `prisma migrate deploy`
// would (same _prisma_migrations bookkeeping and checksums). Idempotent.
export async function migrateDatabase(url: string): Promise<{ applied: string[] }> {
  const provider = databaseProvider(url);
  if (provider === "sqlite") {
    mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
    if (sqliteIsUpToDate(url, migrationList(provider))) return { applied: [] };
  }
  const output = await withSchemaEngine(provider, url, (engine) =>
    engine.applyMigrations({ migrationsList: migrationList(provider), filters: schemaFilters(provider) }),
  );
  return { applied: output.appliedMigrationNames };
}

// The engine reads, then writes, in one deferred SQLite transaction lasting about a second;
// if another process writes meanwhile (a second instance on the same file, or one still
// draining during a restart), SQLite answers "busy" at once and the start fails. Every
// start but an upgrade has nothing to apply, which a plain read of the engine's own
// bookkeeping can tell without opening a write transaction.
function sqliteIsUpToDate(url: string, migrations: MigrationList): boolean {
  const file = sqliteFilePath(url);
  if (!existsSync(file)) return false;
  const database = new Database(file, { readonly: true, timeout: 5_000 });
  try {
    const bookkeeping = database
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`)
      .get();
    if (!bookkeeping) return false;
    const rows = database
      .prepare(
        `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
      .all() as { name: string }[];
    const applied = new Set(rows.map((row) => row.name));
    return migrations.migrationDirectories.every((directory) => applied.has(directory.path));
  } finally {
    database.close();
  }
}
