import "server-only";
import type { DbClient } from "@/lib/db/client";

// The API sections and versions a fresh install offers. They are data: administrators of a
// deployment can add rows; this only makes sure the defaults exist.
export const DEFAULT_SECTIONS = [
  { key: "leads", label: "Leads" },
  { key: "call_logs", label: "Call logs" },
  { key: "recordings", label: "Recordings" },
  { key: "reports", label: "Reports" },
  { key: "users", label: "Users" },
  { key: "audit_log", label: "Audit log" },
  { key: "introspection", label: "Token introspection" },
] as const;

export const DEFAULT_VERSIONS = [
  { name: "2024-01", releasedAt: new Date("2024-01-15T00:00:00Z") },
  { name: "2025-01", releasedAt: new Date("2025-01-15T00:00:00Z") },
  { name: "2026-01", releasedAt: new Date("2026-01-15T00:00:00Z") },
] as const;

export async function ensureCatalogue(client: DbClient): Promise<void> {
  for (const [position, section] of DEFAULT_SECTIONS.entries()) {
    await client.apiSection.upsert({
      where: { key: section.key },
      create: { ...section, position },
      update: {},
    });
  }
  for (const version of DEFAULT_VERSIONS) {
    await client.apiVersion.upsert({ where: { name: version.name }, create: version, update: {} });
  }
}
