// The name search's own cost, without the page around it: the queries of one API page
// (count, first page of cards) for a search, at 100 and at 10,000 tokens, on SQLite and on
// PostgreSQL, through the trigram index (what the console does) and through a scan of every
// key of the account (what it did before the index), alternately. Median of 40 after 10
// warm-ups.
// B2 (npm run bench:console) times the whole page; this isolates what the index changes.
//   npm run bench:search            (both providers, each in a child process of its own)
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { toolConfig } from "@/lib/config/env";
import type { DatabaseProvider } from "@/lib/config/database-url";
import { root } from "./support/servers";
import { median, writeResult } from "./support/stats";

const QUERIES = {
  "one match": "BÉNCH 00042",
  "ten matches at 10,000": "bench 0042",
  "every token": "nch 0",
  "two characters": "42",
} as const;
type Query = keyof typeof QUERIES;
const SIZES = [100, 10_000] as const;
const RUNS = 40;
const DATA_DIR = path.join(root, "bench", ".data", "name-search");
const WARMUP = 10;

async function measureProvider(provider: DatabaseProvider, databaseUrl: string) {
  // The app's modules read their configuration once, on first use: set it before importing.
  process.env.DATABASE_URL = databaseUrl;
  process.env.KEYWARD_TOKEN_HASH_KEY = "bench-token-hash-key-0123456789abcdefghijkl";
  process.env.NEXTAUTH_SECRET = "bench-nextauth-secret-0123456789abcdefghijkl";
  process.env.KEYWARD_AUDIT_KEY = "bench-audit-key-0123456789abcdefghijklmnop";
  process.env.KEYWARD_DATA_DIR = DATA_DIR;
  const { migrateDatabase } = await import("@/lib/db/migrate");
  const { db, disconnectDb } = await import("@/lib/db/client");
  const { ensureCatalogue } = await import("@/lib/setup/catalogue");
  const { searchKey, searchQueryKey } = await import("@/lib/tokens/name-search/search-key");
  const { nameSearchWhere } = await import("@/lib/tokens/name-search/name-search-where");
  const { tokenListWhere } = await import("@/lib/tokens/queries/filter-where");
  const { tokenCardSelect, TOKEN_PAGE_SIZE } = await import("@/lib/tokens/queries/list-tokens");
  type Where = Awaited<ReturnType<typeof nameSearchWhere>>;

  await migrateDatabase(databaseUrl);
  await ensureCatalogue(db());
  const account = await db().account.create({ data: { name: "Bench Org" } });
  const owner = await db().user.create({
    data: { email: `bench-${randomBytes(4).toString("hex")}@bench.local`, name: "Bench", isTechnical: true },
  });
  const version = await db().apiVersion.findFirstOrThrow({ select: { id: true } });
  const now = Date.now();
  const seed = async (from: number, to: number) => {
    for (let start = from; start <= to; start += 500) {
      const names = Array.from({ length: Math.min(to, start + 499) - start + 1 }, (_, i) => {
        return `Bench ${String(start + i).padStart(5, "0")}`;
      });
      await db().apiToken.createMany({
        data: names.map((name, i) => ({
          accountId: account.id,
          publicId: randomBytes(9).toString("base64url").replace(/[-_]/g, "x").slice(0, 12),
          name,
          nameKey: name.toLowerCase(),
          searchKey: searchKey(name),
          scope: "read",
          apiVersionId: version.id,
          ownerId: owner.id,
          createdById: owner.id,
          hint: "kw_bench…0000",
          secretHash: "seeded-without-a-secret",
          createdAt: new Date(now - (start + i) * 60_000),
        })),
      });
    }
  };
  // The API page's queries for one search, as listTokens runs them.
  const page = async (nameSearch: Where) => {
    const where = tokenListWhere(account.id, { created: "any", status: "any" }, nameSearch, new Date());
    await Promise.all([
      db().apiToken.count({ where }),
      db().apiToken.findFirst({ where: { accountId: account.id }, select: { id: true } }),
    ]);
    await db().apiToken.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: TOKEN_PAGE_SIZE,
      select: tokenCardSelect,
    });
  };
  const strategies = {
    index: (q: string) => nameSearchWhere(account.id, q),
    scan: async (q: string): Promise<Where> => ({ searchKey: { contains: searchQueryKey(q) } }),
  };
  type Strategy = keyof typeof strategies;
  // SQLite runs inside this process, so its cost is this process's CPU time, which waiting
  // for a core on the shared machine does not inflate. PostgreSQL's is wall time.
  const unit = provider === "sqlite" ? "ms CPU" : "ms";
  const clock =
    provider === "sqlite"
      ? () => {
          const { user, system } = process.cpuUsage();
          return (user + system) / 1000;
        }
      : () => performance.now();
  // The strategies given alternate, so a burst of load on the shared machine hits them alike.
  const time = async (q: string, which: readonly Strategy[]) => {
    const samples: Partial<Record<Strategy, number[]>> = {};
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const strategy of which) {
        const started = clock();
        await page(await strategies[strategy](q));
        if (i >= WARMUP) (samples[strategy] ??= []).push(clock() - started);
      }
    }
    return Object.fromEntries(which.map((s) => [s, median(samples[s] ?? [])])) as Partial<
      Record<Strategy, number>
    >;
  };
  // On PostgreSQL the planner answers `contains` from the trigram index whenever it exists,
  // so the scan is timed with the index dropped (and then created again).
  const trigramIndex = async (present: boolean) => {
    await db().$executeRawUnsafe(
      present
        ? `CREATE INDEX "ApiToken_searchKey_trgm_idx" ON "ApiToken" USING GIN ("searchKey" gin_trgm_ops)`
        : `DROP INDEX "ApiToken_searchKey_trgm_idx"`,
    );
  };
  const phases: Strategy[][] = provider === "postgresql" ? [["index"], ["scan"]] : [["index", "scan"]];

  const results: Record<string, Record<string, number>> = {};
  let seeded = 0;
  for (const size of SIZES) {
    await seed(seeded + 1, size);
    seeded = size;
    for (const which of phases) {
      if (provider === "postgresql" && which.includes("scan")) await trigramIndex(false);
      for (const query of Object.keys(QUERIES) as Query[]) {
        const medians = await time(QUERIES[query], which);
        for (const strategy of which)
          (results[`${query} · ${strategy}`] ??= {})[size] = medians[strategy] ?? 0;
      }
      if (provider === "postgresql" && which.includes("scan")) await trigramIndex(true);
    }
  }
  await disconnectDb();
  for (const [key, bySize] of Object.entries(results)) {
    const [small = 0, large = 0] = SIZES.map((size) => bySize[size] ?? 0);
    console.log(
      `search ${provider.padEnd(10)} ${key.padEnd(32)} 100 tokens ${small.toFixed(2)} ${unit} · 10,000 tokens ${large.toFixed(2)} ${unit} · growth ${(large / small).toFixed(2)}`,
    );
  }
  console.log(`search results: ${writeResult(`name-search-${provider}`, { unit, results })}`);
}

async function onPostgres(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function child(provider: DatabaseProvider) {
  if (provider === "sqlite") {
    rmSync(DATA_DIR, { recursive: true, force: true });
    await measureProvider(provider, `file:${path.join(DATA_DIR, "search.db")}`);
    return;
  }
  const adminUrl = toolConfig().pgAdminUrl;
  const name = `keyward_bench_search_${randomBytes(4).toString("hex")}`;
  await onPostgres(adminUrl, `CREATE DATABASE ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await measureProvider(provider, url.toString());
  } finally {
    await onPostgres(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

const provider = process.argv[2];
if (provider === "sqlite" || provider === "postgresql") {
  await child(provider);
} else {
  // One process per provider: the data layer keeps one database per process.
  for (const each of ["sqlite", "postgresql"] as const) {
    const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? "", each], {
      stdio: "inherit",
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
