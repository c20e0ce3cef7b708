import path from "node:path";
import { dataDirectory } from "./local-secrets";

export type DatabaseProvider = "sqlite" | "postgresql";

// No DATABASE_URL means the embedded SQLite file under data/.
export function resolveDatabaseUrl(url: string | undefined): string {
  if (url && url.trim() !== "") return url.trim();
  return `file:${path.join(dataDirectory(), "keyward.db")}`;
}

export function databaseProvider(url: string): DatabaseProvider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error("DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)");
}

// better-sqlite3 takes a path, not a URL; relative paths are relative to the project.
export function sqliteFilePath(url: string): string {
  const file = url.slice("file:".length);
  return path.isAbsolute(file) ? file : path.resolve(process.cwd(), file);
}
