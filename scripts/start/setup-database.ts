import type { Config } from "@/lib/config/env";
import { migrateDatabase } from "@/lib/db/migrate";
import { createDbClient } from "@/lib/db/client";
import { ensureCatalogue } from "@/lib/setup/catalogue";
import { ensureFirstAdmin } from "@/lib/setup/first-admin";
import { sealUnkeyedAuditChains } from "@/lib/audit/seal-unkeyed-chains";
import { backfillSearchKeys } from "@/lib/tokens/name-search/backfill-search-keys";

export async function setupDatabase(settings: Config): Promise<void> {
  const url = settings.databaseUrl;
  const { applied } = await migrateDatabase(url);
  if (applied.length > 0) console.log(`keyward: applied migrations ${applied.join(", ")}`);

  const client = createDbClient(url);
  try {
    await ensureCatalogue(client);
    await sealUnkeyedAuditChains(client);
    const { updated } = await backfillSearchKeys(client);
    if (updated > 0) console.log(`keyward: indexed the names of ${updated} tokens for search`);
    const admin = await ensureFirstAdmin(client, settings.start.firstAdmin);
    if (admin.created) {
      console.log(`keyward: created the first administrator ${admin.email}`);
      if (admin.generatedPassword) {
        // Printed once, on the first start only; it is not stored anywhere in plain text.
        console.log(
          `keyward: generated initial password (shown this once; you will choose your own at first sign-in): ${admin.generatedPassword}`,
        );
      }
    }
  } finally {
    await client.$disconnect();
  }
}
