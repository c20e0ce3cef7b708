// Rewrites prisma/postgresql/schema.prisma from the SQLite schema (see lib/db/schema-files.ts).
import { writeFileSync } from "node:fs";
import { postgresSchemaFrom, readSchema, schemaPath } from "@/lib/db/schema-files";

writeFileSync(schemaPath("postgresql"), postgresSchemaFrom(readSchema("sqlite")));
console.log(`keyward: wrote ${schemaPath("postgresql")}`);
