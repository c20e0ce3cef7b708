import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { E2E_DATA_DIR } from "./e2e-env";

// Every secret the browser was shown during the run, one a line, so the teardown can look
// for them where they must never be: the database file, the server log, rendered pages.
export const SECRET_LEDGER = path.join(E2E_DATA_DIR, "issued-secrets.txt");
export const PAGES_DIR = path.join(E2E_DATA_DIR, "pages");
export const SERVER_LOG = path.join(E2E_DATA_DIR, "server.log");

export function startLedger(): void {
  mkdirSync(PAGES_DIR, { recursive: true });
  writeFileSync(SECRET_LEDGER, "");
}

export function recordSecret(secret: string): void {
  appendFileSync(SECRET_LEDGER, `${secret}\n`);
}

export function recordedSecrets(): string[] {
  if (!existsSync(SECRET_LEDGER)) return [];
  return readFileSync(SECRET_LEDGER, "utf8")
    .split("\n")
    .filter((line) => line.length > 0);
}

export function savePageHtml(name: string, html: string): void {
  mkdirSync(PAGES_DIR, { recursive: true });
  writeFileSync(path.join(PAGES_DIR, `${name.replace(/[^a-z0-9-]+/gi, "-")}.html`), html);
}
