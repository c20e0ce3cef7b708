// Prints, as JSON, what verification answers right now for each token given on the
// command line (`--now <ISO date>` to ask about a later moment): "ok" or the deny reason.
// Run through runScript, against the end-to-end database the test server uses.
import { createDbClient } from "@/lib/db/client";
import { verifyWithDb } from "../../tests/support/verify-with-db";
import { assertLocalDatabase } from "./assert-local-database";
import { E2E_DATABASE_URL, E2E_SERVER_ENV } from "./e2e-env";

const url = process.env.DATABASE_URL ?? E2E_DATABASE_URL;
assertLocalDatabase(url);
const client = createDbClient(url);
const hashKey = E2E_SERVER_ENV.KEYWARD_TOKEN_HASH_KEY ?? "";

async function main() {
  const args = process.argv.slice(2);
  const nowIndex = args.indexOf("--now");
  const now = nowIndex >= 0 ? new Date(args[nowIndex + 1] ?? "") : new Date();
  const tokens = nowIndex >= 0 ? args.filter((_, i) => i !== nowIndex && i !== nowIndex + 1) : args;
  const verdicts: string[] = [];
  for (const raw of tokens) {
    const decision = await verifyWithDb(raw, { client, hashKey, now });
    verdicts.push(
      decision.ok
        ? `ok ${decision.token.name} ${decision.token.apiVersion} ${decision.permissions.join(",")}`
        : decision.reason,
    );
  }
  process.stdout.write(JSON.stringify(verdicts));
}

main()
  .finally(() => client.$disconnect())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
