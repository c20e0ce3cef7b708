import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI is only used to generate the clients (`npm run db:generate`); migrations
// run through lib/db/migrate.ts. The schema engine path stops the CLI from downloading a
// native engine it never needs for generation.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("prisma/schema-engine-unavailable.sh");

export default defineConfig({
  schema: "prisma/sqlite/schema.prisma",
});
