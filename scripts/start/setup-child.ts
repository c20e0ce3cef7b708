// The one-time database work of `npm start` (migrations, the first administrator) in a
// process of its own, run by a primary that forks workers: the migration engine's memory
// (about 110 MB) then leaves with this process instead of staying in the primary for good.
import { prepareEnvironment } from "./prepare-environment";
import { setupDatabase } from "./setup-database";

setupDatabase(prepareEnvironment()).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("keyward: failed to start:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
