import "server-only";
import { db } from "@/lib/db/client";
import type { DeliveryDto, DeliveryPage, DeliveryStatus } from "../dto";
import { DELIVERIES_PAGE_SIZE } from "../limits";

// The outbox's states as people read them: a failed attempt that will be retried is
// "retrying"; one given up is "abandoned".
const STATUS: Record<string, DeliveryStatus> = {
  pending: "queued",
  failed: "retrying",
  delivered: "delivered",
  abandoned: "abandoned",
};

// One page of an endpoint's deliveries, newest first. The endpoint was already found in the
// caller's account; the account id is in the filter all the same.
export async function listDeliveries(
  accountId: string,
  endpointId: string,
  page: number,
): Promise<DeliveryPage> {
  const where = { accountId, endpointId };
  const total = await db().webhookDelivery.count({ where });
  const pages = Math.max(1, Math.ceil(total / DELIVERIES_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db().webhookDelivery.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * DELIVERIES_PAGE_SIZE,
    take: DELIVERIES_PAGE_SIZE,
    select: {
      id: true,
      eventType: true,
      status: true,
      attempts: true,
      lastResponseCode: true,
      nextAttemptAt: true,
      createdAt: true,
    },
  });
  const deliveries: DeliveryDto[] = rows.map((row) => {
    const status = STATUS[row.status] ?? "queued";
    return {
      id: row.id,
      eventType: row.eventType,
      status,
      attempts: row.attempts,
      lastResponseCode: row.lastResponseCode,
      createdAt: row.createdAt.toISOString(),
      nextAttemptAt: status === "queued" || status === "retrying" ? row.nextAttemptAt.toISOString() : null,
    };
  });
  return { deliveries, page: current, pages, total, pageSize: DELIVERIES_PAGE_SIZE };
}
