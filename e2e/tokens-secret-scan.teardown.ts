import { expect, test } from "@playwright/test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { E2E_DATA_DIR } from "./support/e2e-env";
import { PAGES_DIR, recordedSecrets, SERVER_LOG } from "./support/secret-ledger";

// Runs after all browser tests. Every secret a test was shown must be absent from the
// database files (including SQLite's write-ahead log), the server's output and every page
// the tests saved; only its keyed hash may be stored.
function haystacks(): { label: string; text: string }[] {
  const files = readdirSync(E2E_DATA_DIR)
    .filter((name) => name.startsWith("keyward-e2e.db"))
    .map((name) => path.join(E2E_DATA_DIR, name));
  if (existsSync(SERVER_LOG)) files.push(SERVER_LOG);
  if (existsSync(PAGES_DIR)) files.push(...readdirSync(PAGES_DIR).map((name) => path.join(PAGES_DIR, name)));
  // latin1 keeps every byte, so an ASCII secret inside a binary page is still found.
  return files.map((file) => ({
    label: path.relative(process.cwd(), file),
    text: readFileSync(file, "latin1"),
  }));
}

test("no issued secret is in the database, the server log or a rendered page", () => {
  const secrets = recordedSecrets();
  const places = haystacks();
  expect(secrets.length, "the token tests recorded the secrets they were shown").toBeGreaterThan(0);
  expect(places.map((p) => p.label)).toContain("e2e/.data/keyward-e2e.db");
  expect(places.map((p) => p.label)).toContain("e2e/.data/server.log");
  expect(places.some((p) => p.label.startsWith("e2e/.data/pages/"))).toBe(true);
  // Sanity check of the scan itself: the hint's public part is on the saved pages.
  const first = secrets[0] ?? "";
  expect(places.some((p) => p.text.includes(first.slice(3, 15)))).toBe(true);
  for (const { label, text } of places) {
    for (const secret of secrets) {
      expect(text.includes(secret.slice(16, 42)), `a secret is in ${label}`).toBe(false);
    }
  }
});
