import { afterAll, inject } from "vitest";

// Every test file talks to the run's throwaway database through the app's own data layer.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.KEYWARD_TOKEN_HASH_KEY ??= "integration-token-hash-key-0123456789abcdef";
process.env.NEXTAUTH_SECRET ??= "integration-nextauth-secret-0123456789abcdef";
process.env.KEYWARD_AUDIT_KEY ??= "integration-audit-key-0123456789abcdef012345";

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();
});
