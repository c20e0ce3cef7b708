import { readFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "@/lib/config/database-url";

// prisma/sqlite/schema.prisma is the one model people edit. The PostgreSQL schema is
// derived from it (provider and client output differ, nothing else), so the two cannot
// describe different models; `npm run db:sync-schemas` writes it and a test compares.
export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");

export function schemaPath(provider: DatabaseProvider): string {
  return path.join(PRISMA_DIR, provider, "schema.prisma");
}

export function migrationsDir(provider: DatabaseProvider): string {
  return path.join(PRISMA_DIR, provider, "migrations");
}

export function readSchema(provider: DatabaseProvider): string {
  return readFileSync(schemaPath(provider), "utf8");
}

const GENERATED_HEADER =
  "// GENERATED from prisma/sqlite/schema.prisma by `npm run db:sync-schemas`: edit that file, not this one.\n";

export function postgresSchemaFrom(sqliteSchema: string): string {
  const body = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(
      'output                 = "../../lib/db/generated/sqlite"',
      'output                 = "../../lib/db/generated/postgresql"',
    );
  return GENERATED_HEADER + body;
}
