import "server-only";
import { db } from "./client";

// The cheapest question the database can answer: used by /readyz.
export async function pingDatabase(): Promise<void> {
  await db().$queryRawUnsafe("SELECT 1");
}
