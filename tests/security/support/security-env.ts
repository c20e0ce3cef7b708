import path from "node:path";
import { E2E_SERVER_ENV } from "@/e2e/support/e2e-env";

// The security suite's own server: the production build served by `npm start` on its own
// throwaway SQLite file and port, so its row counts see no other test's traffic. The keys are
// the end-to-end ones, so the build they embed is shared with the end-to-end run.
export const SECURITY_PORT = Number(process.env.KEYWARD_SECURITY_PORT ?? 3104);
export const SECURITY_BASE_URL = `http://localhost:${SECURITY_PORT}`;
export const SECURITY_DATA_DIR = path.resolve("tests/security/.data");
export const SECURITY_DB_FILE = path.join(SECURITY_DATA_DIR, "keyward-security.db");
export const FIXTURES_FILE = path.join(SECURITY_DATA_DIR, "fixtures.json");
export const TALLY_FILE = path.join(SECURITY_DATA_DIR, "tally.jsonl");

export const SECURITY_SERVER_ENV: Record<string, string> = {
  ...E2E_SERVER_ENV,
  PORT: String(SECURITY_PORT),
  HOST: "127.0.0.1",
  DATABASE_URL: `file:${SECURITY_DB_FILE}`,
  KEYWARD_DATA_DIR: SECURITY_DATA_DIR,
  NEXTAUTH_URL: SECURITY_BASE_URL,
  // The suite tests how each input is handled, not the guess limiter (issue 12.1 has its own
  // tests): dozens of malformed tokens from one address must not turn every later case into
  // a 429.
  KEYWARD_VERIFY_FAILURE_LIMIT: "1000000",
};
