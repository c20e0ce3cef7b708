import { E2E_SERVER_ENV } from "../../e2e/support/e2e-env";

// The token hash key every verification bench seeds its tokens with.
export const BENCH_HASH_KEY = "bench-token-hash-key-0123456789abcdefghijkl";

// `npm start` for a verification bench: on loopback, on its own SQLite file, with the keys
// the seeded tokens were hashed with.
export function verificationBenchEnv(options: {
  port: number;
  databaseFile: string;
  dataDir: string;
}): Record<string, string> {
  return {
    PORT: String(options.port),
    HOST: "127.0.0.1",
    DATABASE_URL: `file:${options.databaseFile}`,
    KEYWARD_DATA_DIR: options.dataDir,
    KEYWARD_TOKEN_HASH_KEY: BENCH_HASH_KEY,
    KEYWARD_ADMIN_EMAIL: "bench-admin@bench.local",
    KEYWARD_ADMIN_PASSWORD: "bench-password-123",
    NEXTAUTH_SECRET: "bench-nextauth-secret-0123456789abcdefghijkl",
    // The build embeds this key; sharing the end-to-end suite's keeps one build for both.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: E2E_SERVER_ENV.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? "",
    // All the load comes from one address (127.0.0.1), standing for many real clients, and
    // part of it may be unknown tokens: with the default limit (20 per minute per address)
    // the bench would measure 429s. Production keeps the limit; the bench lifts it explicitly.
    KEYWARD_VERIFY_FAILURE_LIMIT: "1000000000",
    // One process, as the floors are: their figures compare per process, and the runtime
    // probe of bench:paced and the profiler of bench:profile attach to the process npm
    // starts (with several, that is the primary, which serves nothing). bench/b1.ts measures
    // one process per core beside it.
    KEYWARD_PROCESSES: "1",
  };
}
