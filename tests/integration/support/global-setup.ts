import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@/lib/db/migrate";
import { createScratchDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One migrated throwaway database per provider project and run, dropped at the end. Test
// files share it, so each test creates its own account (tests/integration/support/fixtures.ts)
// and never depends on what another left behind.
export default async function setup(project: TestProject) {
  const provider = project.name.endsWith("postgresql") ? "postgresql" : "sqlite";
  const scratch = await createScratchDatabase(provider);
  await migrateDatabase(scratch.url);
  project.provide("databaseUrl", scratch.url);
  return async () => {
    // Give test workers' pools time to close before the database is dropped.
    await scratch.drop();
  };
}
