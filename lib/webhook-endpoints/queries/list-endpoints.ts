import "server-only";
import { db } from "@/lib/db/client";
import type { EndpointDto } from "../dto";
import { parseEndpointEvents } from "@/lib/webhooks/events";

const SELECT = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  disabledReason: true,
  createdAt: true,
} as const;

type Row = {
  id: string;
  url: string;
  description: string | null;
  events: string;
  enabled: boolean;
  disabledReason: string | null;
  createdAt: Date;
};

function toDto(row: Row): EndpointDto {
  return {
    id: row.id,
    url: row.url,
    description: row.description ?? "",
    events: parseEndpointEvents(row.events),
    enabled: row.enabled,
    disabledForFailing: !row.enabled && row.disabledReason !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

// The account's endpoints, newest first (at most MAX_ENDPOINTS exist).
export async function listEndpoints(accountId: string): Promise<EndpointDto[]> {
  const rows = await db().webhookEndpoint.findMany({
    where: { accountId },
    orderBy: { createdAt: "desc" },
    select: SELECT,
  });
  return rows.map(toDto);
}

export async function findEndpoint(accountId: string, id: string): Promise<EndpointDto | null> {
  const row = await db().webhookEndpoint.findFirst({
    where: { id: id.slice(0, 64), accountId },
    select: SELECT,
  });
  return row ? toDto(row) : null;
}
