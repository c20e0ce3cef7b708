import path from "node:path";

// One place for the end-to-end environment: a throwaway SQLite file under e2e/.data, a
// fixed port, and known credentials for every role.
export const E2E_PORT = Number(process.env.KEYWARD_E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATA_DIR = path.resolve("e2e/.data");
export const E2E_DATABASE_URL = `file:${path.join(E2E_DATA_DIR, "keyward-e2e.db")}`;
export const E2E_PASSWORD = "e2e-password-123";
// The webhook receiver of e2e/webhooks.spec.ts: the only host the server may post to.
export const E2E_WEBHOOK_RECEIVER_PORT = E2E_PORT + 1;

export const E2E_USERS = {
  administrator: "admin@e2e.test",
  implementation_specialist: "specialist@e2e.test",
  support_staff: "support@e2e.test",
  member: "member@e2e.test",
} as const;

export type E2ERole = keyof typeof E2E_USERS;

// The administrator of an account of their own whose language e2e/languages.spec.ts changes.
export const E2E_POLYGLOT = "polyglot@e2e.test";

// Administrators of an account of their own who meet the API page for the first time in
// Spanish and in French (e2e/languages-tokens.spec.ts): they never chose a language.
export const E2E_TOKEN_SPEAKERS = {
  es: { email: "hablante@e2e.test", name: "Lucía Hablante" },
  fr: { email: "francophone@e2e.test", name: "Luc Francophone" },
} as const;

export const E2E_SERVER_ENV: Record<string, string> = {
  PORT: String(E2E_PORT),
  DATABASE_URL: E2E_DATABASE_URL,
  KEYWARD_DATA_DIR: E2E_DATA_DIR,
  KEYWARD_ADMIN_EMAIL: E2E_USERS.administrator,
  KEYWARD_ADMIN_PASSWORD: E2E_PASSWORD,
  KEYWARD_ACCOUNT_NAME: "E2E Org",
  NEXTAUTH_URL: E2E_BASE_URL,
  // Fixed test keys, so the production build (which embeds the server-actions key) is
  // reused between runs instead of rebuilt.
  KEYWARD_TOKEN_HASH_KEY: "e2e-token-hash-key-0123456789abcdefghijkl",
  NEXTAUTH_SECRET: "e2e-nextauth-secret-0123456789abcdefghijkl",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "ZTJlLXNlcnZlci1hY3Rpb25zLWtleS0wMTIzNDU2Nzg=",
  // One instance: a console change must reach the verification cache through the in-process
  // invalidation alone. With the cross-instance poll slowed to 30 s, a test that sees a
  // revocation on the next request proves that path, not the poll.
  KEYWARD_VERIFY_STALENESS_MS: "30000",
  // The nginx gateway of e2e/gateway-nginx.spec.ts connects from 127.0.0.1 and forwards the
  // client's address; e2e/security-headers.spec.ts uses 127.0.0.2 as a peer that is not trusted.
  KEYWARD_TRUSTED_PROXIES: "127.0.0.1/32",
  // Usage and last-used are written every second, so a test sees its verifications soon.
  KEYWARD_LAST_USED_FLUSH_SECONDS: "1",
  // Webhooks may reach the test's receiver on 127.0.0.1 over plain http, and the delivery
  // job looks for due deliveries every second.
  KEYWARD_WEBHOOK_ALLOWED_HOSTS: "127.0.0.1",
  KEYWARD_WEBHOOK_POLL_SECONDS: "1",
  // Two worker processes, not the default one: the suites' revocations, failure limits and
  // usage checks then go through the cluster's relay and per-worker flushes too.
  KEYWARD_PROCESSES: "2",
};

export function storageStateFor(role: E2ERole): string {
  return path.resolve(`e2e/.auth/${role}.json`);
}
