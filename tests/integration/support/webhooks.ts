import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { expect } from "vitest";
import { db, type DbClient } from "@/lib/db/client";
import { WEBHOOK_EVENT_TYPES, serializeEndpointEvents, type WebhookEventType } from "@/lib/webhooks/events";
import { encryptWebhookSecret, generateWebhookSecret } from "@/lib/webhooks/secret-box";
import { isLoopback } from "@/lib/webhooks/ssrf/address-rules";
import { parseAllowList } from "@/lib/webhooks/ssrf/allow-list";
import type { Resolver } from "@/lib/webhooks/ssrf/resolver";
import { httpTransport, type OutboundRequest, type Transport } from "@/lib/webhooks/delivery/transport";
import type { DeliveryWorkerOptions } from "@/lib/webhooks/delivery/worker";

// What a receiver got: one entry per request, whether it acknowledged it or not.
export type Received = {
  id: string;
  type: string;
  data: Record<string, unknown>;
  acknowledged: boolean;
};

export type Receiver = {
  url: string;
  received: Received[];
  // Requests whose signature did not verify (answered 400); a test expects none.
  unverified: number;
  // The status each next request answers with; after the list, 204.
  script: number[];
  // Called when a request arrives; resolve the returned promise to answer it.
  hold?: () => Promise<void>;
  close: () => Promise<void>;
};

// A real HTTP receiver on 127.0.0.1 that verifies every request's signature with the
// Standard Webhooks reference library, exactly as a customer's receiver would: a request
// whose signature does not verify fails the test.
export async function startReceiver(secret: string): Promise<Receiver> {
  const verifier = new Webhook(secret);
  const receiver: Receiver = { url: "", received: [], unverified: 0, script: [], close: async () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([name, value]) => [name, String(value)]),
      );
      let payload: { type: string; data: Record<string, unknown> };
      try {
        payload = verifier.verify(body, headers) as typeof payload;
      } catch {
        receiver.unverified++;
        res.writeHead(400).end();
        return;
      }
      const status = receiver.script.shift() ?? 204;
      const entry: Received = {
        id: headers["webhook-id"] ?? "",
        type: payload.type,
        data: payload.data,
        acknowledged: false,
      };
      receiver.received.push(entry);
      if (receiver.hold) await receiver.hold();
      entry.acknowledged = status >= 200 && status < 300;
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/keyward`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}

// The real transport, refusing (and failing the test) on any address outside loopback:
// no test may send traffic anywhere else.
export const connected: OutboundRequest[] = [];
export const loopbackOnly: Transport = async (request) => {
  connected.push(request);
  expect(isLoopback(request.address.address), `connection to ${request.address.address}`).toBe(true);
  if (!isLoopback(request.address.address)) throw new Error("test transport: not loopback");
  return httpTransport(request);
};

// Names resolve through this table only; no test asks a real DNS server.
export function fakeResolver(table: Record<string, string[]>): Resolver {
  return async (hostname) => {
    const found = table[hostname];
    if (!found) throw new Error(`ENOTFOUND ${hostname}`);
    return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
}

const allowLoopback = parseAllowList("127.0.0.1");
if (!allowLoopback.ok) throw new Error("allow list");

// Worker options every test shares: loopback allowed explicitly, the guarded transport.
export function workerOptions(overrides: DeliveryWorkerOptions = {}): DeliveryWorkerOptions {
  return {
    transport: loopbackOnly,
    resolver: fakeResolver({}),
    allowList: allowLoopback.ok ? allowLoopback.list : undefined,
    timeoutMs: 5_000,
    random: () => 0.5,
    ...overrides,
  };
}

export async function createEndpoint(
  accountId: string,
  createdById: string,
  url: string,
  options: { events?: readonly WebhookEventType[]; secret?: string; client?: DbClient } = {},
) {
  const secret = options.secret ?? generateWebhookSecret();
  const endpoint = await (options.client ?? db()).webhookEndpoint.create({
    data: {
      accountId,
      url,
      events: serializeEndpointEvents(options.events ?? WEBHOOK_EVENT_TYPES),
      secretEncrypted: encryptWebhookSecret(secret),
      createdById,
    },
  });
  return { endpoint, secret };
}

// Test files share the run's database: endpoints left enabled by earlier tests would be
// picked up by the next test's worker, so each test starts with every endpoint disabled.
export async function disableAllEndpoints(): Promise<void> {
  await db().webhookEndpoint.updateMany({ where: { enabled: true }, data: { enabled: false } });
}

export function deliveriesOf(endpointId: string) {
  return db().webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" } });
}
