import "server-only";
import type { DbClient } from "@/lib/db/client";
import { searchKey } from "./search-key";

const BATCH_SIZE = 500;

// Fills in the search key of tokens that have none: those that existed before the key did
// (SQL cannot fold a name the way searchKey does, so migration
// 20261203143607_token_name_search leaves it empty) and any a raw insert left empty. Runs at
// every start (scripts/start/setup-database.ts) before the console serves; with nothing to
// do it is one read. A plain UPDATE, so the tokens' updatedAt and audit history are left
// alone: no one changed them.
export async function backfillSearchKeys(client: DbClient): Promise<{ updated: number }> {
  let updated = 0;
  let after = "";
  for (;;) {
    const rows = await client.apiToken.findMany({
      where: { searchKey: "", id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH_SIZE,
      select: { id: true, name: true },
    });
    const last = rows.at(-1);
    if (!last) return { updated };
    await client.$transaction(
      rows.map(
        (row) =>
          client.$executeRaw`UPDATE "ApiToken" SET "searchKey" = ${searchKey(row.name)} WHERE "id" = ${row.id}`,
      ),
    );
    updated += rows.length;
    after = last.id;
  }
}
