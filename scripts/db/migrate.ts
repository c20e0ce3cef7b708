// Applies the checked-in migrations to DATABASE_URL (or the embedded SQLite file).
// `npm start` does this itself; this command is for deployments that migrate separately.
import { toolConfig } from "@/lib/config/env";
import { migrateDatabase } from "@/lib/db/migrate";

const { applied } = await migrateDatabase(toolConfig().databaseUrl);
console.log(
  applied.length > 0 ? `keyward: applied ${applied.join(", ")}` : "keyward: the database is up to date",
);
