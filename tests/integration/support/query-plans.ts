import { databaseProvider } from "@/lib/config/database-url";
import { sqliteAdapter, postgresAdapter } from "@/lib/db/adapter";
import { db, type DbClient } from "@/lib/db/client";
import { PrismaClient as PostgresClient } from "@/lib/db/generated/postgresql/client";
import { PrismaClient as SqliteClient } from "@/lib/db/generated/sqlite/client";

export type SentQuery = { sql: string; params: unknown[] };

const slot = globalThis as unknown as { keywardDb?: DbClient };
const LOG = { log: [{ emit: "event" as const, level: "query" as const }] };

// The SQL the code under test sends, as Prisma writes it: for the duration of `run`, db()
// hands out a client that records every query. A plan test of hand-written SQL would keep
// passing after the code's queries changed shape.
export async function queriesSentBy(run: () => Promise<unknown>): Promise<SentQuery[]> {
  const url = process.env.DATABASE_URL ?? "";
  const sent: SentQuery[] = [];
  const record = (event: { query: string; params: string }) =>
    sent.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] });
  let client: SqliteClient | PostgresClient;
  if (databaseProvider(url) === "sqlite") {
    const sqlite = new SqliteClient({ adapter: sqliteAdapter(url), ...LOG });
    sqlite.$on("query", record);
    client = sqlite;
  } else {
    const postgres = new PostgresClient({ adapter: postgresAdapter(url), ...LOG });
    postgres.$on("query", record);
    client = postgres;
  }
  const kept = slot.keywardDb;
  slot.keywardDb = client as unknown as DbClient;
  try {
    await run();
  } finally {
    slot.keywardDb = kept;
    await client.$disconnect();
  }
  return sent;
}

// SQLite's plan of a query, one line per step.
export async function sqlitePlan({ sql, params }: SentQuery): Promise<string> {
  const rows = await db().$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...params);
  return rows.map((row) => row.detail).join("\n");
}

// PostgreSQL's plan of a query with only index-only scans left to the planner: on a test
// database of a few rows it would otherwise take any index, or none.
export async function postgresIndexOnlyPlan({ sql, params }: SentQuery): Promise<string> {
  const rows = await db().$transaction(async (tx) => {
    for (const kind of ["seqscan", "indexscan", "bitmapscan"])
      await tx.$executeRawUnsafe(`SET LOCAL enable_${kind} = off`);
    return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, ...params);
  });
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}
