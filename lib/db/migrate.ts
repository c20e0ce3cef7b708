import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
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
  if (provider === "sqlite") mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
  const output = await withSchemaEngine(provider, url, (engine) =>
    engine.applyMigrations({ migrationsList: migrationList(provider), filters: schemaFilters(provider) }),
  );
  return { applied: output.appliedMigrationNames };
}
