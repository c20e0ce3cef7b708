import { describe, expect, it } from "vitest";
import { postgresSchemaFrom, readSchema } from "./schema-files";

describe("the two Prisma schemas", () => {
  it("describe the same models: the PostgreSQL schema is the SQLite one with its provider swapped", () => {
    // Fails when someone edits one schema and forgets `npm run db:sync-schemas`.
    expect(readSchema("postgresql")).toBe(postgresSchemaFrom(readSchema("sqlite")));
  });

  it("differ only in provider and client output", () => {
    const derived = postgresSchemaFrom(readSchema("sqlite"));
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain("generated/postgresql");
    expect(derived).not.toContain('provider = "sqlite"');
  });
});
