import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { databaseProvider, sqliteFilePath } from "@/lib/config/database-url";
import { createDbClient } from "@/lib/db/client";
import { migrateDatabase, migrationList } from "@/lib/db/migrate";
import { EXTERNAL_POSTGRES_INDEXES, schemaDrift, schemaFromEmpty } from "@/lib/db/schema-engine";
import { createScratchDatabase, type ScratchDatabase } from "../support/test-database";

// Runs once per provider project: the run's DATABASE_URL says which provider this is.
const provider = databaseProvider(process.env.DATABASE_URL ?? "");
const scratches: ScratchDatabase[] = [];

afterAll(async () => {
  await Promise.all(scratches.map((s) => s.drop()));
});

describe(`migrations on a fresh ${provider} database`, () => {
  it("apply every checked-in migration once, then change nothing when run again", async () => {
    const scratch = await createScratchDatabase(provider);
    scratches.push(scratch);
    const expected = migrationList(provider).migrationDirectories.map((d) => d.path);
    expect(expected.length).toBeGreaterThan(0);

    expect((await migrateDatabase(scratch.url)).applied).toEqual(expected);
    expect((await migrateDatabase(scratch.url)).applied).toEqual([]);

    const client = createDbClient(scratch.url);
    try {
      // Recorded exactly as `prisma migrate deploy` records them.
      const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(expected);
      expect(await client.apiToken.count()).toBe(0);
    } finally {
      await client.$disconnect();
    }
  });

  it("leave the database exactly as the schema describes (no migration is missing)", async () => {
    const migrated = await createScratchDatabase(provider);
    scratches.push(migrated);
    await migrateDatabase(migrated.url);
    // The diff `npm run db:migration` writes its migrations from: empty, on both databases.
    expect(await schemaDrift(provider, migrated.url)).toBe("");
    if (provider === "sqlite") return;
    // PostgreSQL also keeps an index the schema cannot describe, so compare structures too:
    // the migrated database against one built straight from the schema.
    const reference = await createScratchDatabase(provider);
    scratches.push(reference);
    const script = await schemaFromEmpty(provider, reference.url);
    await onPostgres(reference.url, (client) => client.query(script));
    const { outsideSchema, ...structure } = await postgresStructure(migrated.url);
    expect(outsideSchema.map((index) => index.indexname)).toEqual(EXTERNAL_POSTGRES_INDEXES);
    const { outsideSchema: none, ...expected } = await postgresStructure(reference.url);
    expect(none).toEqual([]);
    expect(structure).toEqual(expected);
  });
});

async function onPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function postgresStructure(url: string) {
  return onPostgres(url, async (client) => {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default
         FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY table_name, column_name`,
    );
    const indexes = await client.query(
      `SELECT indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`,
    );
    const constraints = await client.query(
      `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace ORDER BY conname`,
    );
    const outside = (row: { indexname: string }) => EXTERNAL_POSTGRES_INDEXES.includes(row.indexname);
    return {
      columns: columns.rows,
      indexes: indexes.rows.filter((row) => !outside(row)),
      // Indexes the migrations create on purpose that Prisma's schema cannot describe.
      outsideSchema: indexes.rows.filter(outside),
      constraints: constraints.rows.filter((r) => !String(r.conname).startsWith("_prisma")),
    };
  });
}

// An instance still draining during a restart writes while the new one migrates. SQLite then
// answers "busy" at once inside the engine's read-then-write transaction, and the start
// failed instead of trying again a moment later.
describe.runIf(provider === "sqlite")("migrations beside another process's writes", () => {
  it("see there is nothing to apply without taking a write lock, instead of failing the start", async () => {
    const scratch = await createScratchDatabase(provider);
    scratches.push(scratch);
    await migrateDatabase(scratch.url);
    const writer = new Database(sqliteFilePath(scratch.url));
    writer.pragma("journal_mode = WAL");
    writer.exec(`CREATE TABLE "NeighbourWrites" ("n" INTEGER)`);
    const insert = writer.prepare(`INSERT INTO "NeighbourWrites" ("n") VALUES (?)`);
    let writes = 0;
    const timer = setInterval(() => insert.run(writes++), 20);
    try {
      // Until the neighbour has written a good many times while starts were migrating.
      while (writes < 50) {
        expect((await migrateDatabase(scratch.url)).applied).toEqual([]);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    } finally {
      clearInterval(timer);
      writer.close();
    }
  }, 60_000);
});
