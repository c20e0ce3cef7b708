import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { createEndpoint } from "@/lib/webhook-endpoints/commands/create-endpoint";
import { succeeded } from "./tokens";

// Only this loopback receiver is allowed (the test files set KEYWARD_WEBHOOK_ALLOWED_HOSTS):
// nothing a test creates can send traffic elsewhere, even if a delivery job runs.
export const ALLOWED_URL = "http://127.0.0.1:9/keyward-hooks";

export function endpointInput(overrides: Record<string, unknown> = {}) {
  return {
    url: ALLOWED_URL,
    description: "CRM sync",
    events: ["token.revoked", "token.created"],
    ...overrides,
  };
}

export async function addEndpoint(actor: Actor, overrides: Record<string, unknown> = {}) {
  return succeeded(await createEndpoint(actor, endpointInput(overrides)));
}

// Everything an endpoint command could change in an account, to prove a refusal changed nothing.
export async function webhooksSnapshot(accountId: string) {
  const [endpoints, deliveries, auditEvents] = await Promise.all([
    db().webhookEndpoint.findMany({ where: { accountId }, orderBy: { id: "asc" } }),
    db().webhookDelivery.count({ where: { accountId } }),
    db().auditEvent.count({ where: { accountId } }),
  ]);
  return { endpoints, deliveries, auditEvents };
}

export async function lastAuditEvent(accountId: string) {
  return db().auditEvent.findFirstOrThrow({ where: { accountId }, orderBy: { seq: "desc" } });
}
