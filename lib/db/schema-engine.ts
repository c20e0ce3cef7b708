import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type * as SchemaEngineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DatabaseProvider } from "@/lib/config/database-url";
import { toolConfig } from "@/lib/config/env";
import { migrationAdapterFactory } from "./adapter";
import { readSchema, schemaPath } from "./schema-files";

// Prisma's schema engine compiled to WebAssembly: migrations without the native engine
// that the Prisma CLI would download (see shared notes, prisma-offline.md). The package
// imports its .wasm as an ES module, which Node only does behind a flag, so it is
// instantiated here by hand.
type Bindings = typeof SchemaEngineBindings;

// Node loads the bindings module once per process, but this file can be evaluated more
// than once (test runners, bundlers); the instance and the turn queue therefore live on
// globalThis, since a second instantiation would replace the first one's memory.
const shared = globalThis as unknown as {
  keywardSchemaEngine?: { bindings: Promise<Bindings>; queue: Promise<unknown> };
};

// The engine reports a Rust panic through this global before throwing; keep the message so
// the thrown error says what went wrong.
const panics = { last: "" };
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message: string) {
    panics.last = message;
    if (toolConfig().debugSchemaEngine) console.error("schema engine panic:", message);
  },
};

async function loadBindings(): Promise<Bindings> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bg: Bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const { instance } = await WebAssembly.instantiate(readFileSync(path.join(dir, "schema_engine_bg.wasm")), {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

function trackingConnections(inner: SqlMigrationAwareDriverAdapterFactory) {
  const opened: SqlDriverAdapter[] = [];
  const track = async (connect: Promise<SqlDriverAdapter>) => {
    const adapter = await connect;
    opened.push(adapter);
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => track(inner.connect()),
    connectToShadowDb: () => track(inner.connectToShadowDb()),
  };
  return { factory, disposeAll: () => Promise.all(opened.map((adapter) => adapter.dispose())) };
}

// Tables the migrations create on purpose that Prisma's schema cannot describe, so a diff
// leaves them alone: SQLite's name search index, an FTS5 virtual table and the shadow tables
// FTS5 keeps for it (migration 20261203143607_token_name_search).
const EXTERNAL_TABLES = [
  "ApiTokenSearch",
  ...["config", "data", "docsize", "idx"].map((t) => `ApiTokenSearch_${t}`),
];

// The same on PostgreSQL, where the schema engine has no filter for indexes: the name
// search's pg_trgm GIN index. A diff against a live database would drop it.
export const EXTERNAL_POSTGRES_INDEXES = ["ApiToken_searchKey_trgm_idx"];

// PostgreSQL wants schema-qualified names here, and has no such tables.
export function schemaFilters(provider: DatabaseProvider) {
  return { externalTables: provider === "sqlite" ? EXTERNAL_TABLES : [], externalEnums: [] };
}

// The SQL that takes a database from `from` (nothing, or the live database at `url`) to
// the current schema.
function diffToSchema(provider: DatabaseProvider, url: string, from: "empty" | "database"): Promise<string> {
  return withSchemaEngine(provider, url, async (engine, schema) => {
    const result = await engine.diff({
      from:
        from === "empty"
          ? { tag: "empty" }
          : { tag: "schemaDatasource", files: [schema], configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: schemaFilters(provider),
    });
    return result.stdout ?? "";
  });
}

// The whole schema as SQL, for an empty database (the first migration, the drift test's
// reference database).
export function schemaFromEmpty(provider: DatabaseProvider, url: string): Promise<string> {
  return diffToSchema(provider, url, "empty");
}

// The SQL that would take the database at `url` to the current schema, or "" when nothing
// would change. Indexes created outside the schema on purpose are not drift.
export async function schemaDrift(provider: DatabaseProvider, url: string): Promise<string> {
  const script = await diffToSchema(provider, url, "database");
  const external = new Set(EXTERNAL_POSTGRES_INDEXES.map((name) => `DROP INDEX "${name}";`));
  const statements = script
    .split(/\n(?=-- )/)
    .filter((block) => !block.split("\n").some((line) => external.has(line.trim())));
  const sql = statements.join("\n");
  return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? "" : sql;
}

// Engine sessions on the one instance take turns: two at once corrupt each other.
export function withSchemaEngine<T>(
  provider: DatabaseProvider,
  url: string,
  work: (engine: SchemaEngine, schema: { path: string; content: string }) => Promise<T>,
): Promise<T> {
  shared.keywardSchemaEngine ??= { bindings: loadBindings(), queue: Promise.resolve() };
  const state = shared.keywardSchemaEngine;
  const turn = state.queue.then(() => runEngine(state.bindings, provider, url, work));
  state.queue = turn.catch(() => undefined);
  return turn;
}

async function runEngine<T>(
  bindings: Promise<Bindings>,
  provider: DatabaseProvider,
  url: string,
  work: (engine: SchemaEngine, schema: { path: string; content: string }) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await bindings;
  const schema = { path: schemaPath(provider), content: readSchema(provider) };
  const { factory, disposeAll } = trackingConnections(migrationAdapterFactory(provider, url));
  const engine = await SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work(engine, schema);
  } catch (error) {
    if (panics.last) throw new Error(`Prisma schema engine panicked: ${panics.last}`, { cause: error });
    throw error;
  } finally {
    engine.free();
    // Freeing the engine leaves its connections open; an open SQLite connection would keep
    // the file locked for the app that starts next.
    await disposeAll();
  }
}
