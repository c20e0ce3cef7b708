import { describe, expect, it } from "vitest";
import { CHECK_FIELDS } from "@/lib/commands/result";
import { db } from "@/lib/db/client";
import { createEndpoint } from "@/lib/webhook-endpoints/commands/create-endpoint";
import { rotateEndpointSecret } from "@/lib/webhook-endpoints/commands/rotate-endpoint-secret";
import { sendTestEvent } from "@/lib/webhook-endpoints/commands/send-test-event";
import { setEndpointEnabled } from "@/lib/webhook-endpoints/commands/set-endpoint-enabled";
import { updateEndpoint } from "@/lib/webhook-endpoints/commands/update-endpoint";
import { MAX_ENDPOINTS } from "@/lib/webhook-endpoints/limits";
import { WEBHOOK_ENDPOINT_MESSAGES as M } from "@/lib/webhook-endpoints/messages";
import { findEndpoint, listEndpoints } from "@/lib/webhook-endpoints/queries/list-endpoints";
import { listDeliveries } from "@/lib/webhook-endpoints/queries/list-deliveries";
import { createTestAccount } from "../support/fixtures";
import { succeeded } from "../support/tokens";
import {
  addEndpoint,
  ALLOWED_URL,
  endpointInput,
  lastAuditEvent,
  webhooksSnapshot,
} from "../support/webhook-endpoints";

process.env.KEYWARD_WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";

describe("creating an endpoint", () => {
  it("stores the URL, description and events, audits them, and hands the secret back once", async () => {
    const { accountId, actors } = await createTestAccount();
    const { endpointId, secret } = await addEndpoint(actors.implementation_specialist);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{40,}={0,2}$/);

    const row = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(row).toMatchObject({ accountId, url: ALLOWED_URL, description: "CRM sync", enabled: true });
    // Stored sealed, never as the text shown.
    expect(row.secretEncrypted).not.toContain(secret);
    expect(row.secretEncrypted).not.toContain(secret.slice("whsec_".length));

    const event = await lastAuditEvent(accountId);
    expect(event).toMatchObject({ action: "webhook.endpoint_created", targetLabel: ALLOWED_URL });
    expect(JSON.parse(event.changes ?? "{}")).toEqual({
      url: { from: null, to: ALLOWED_URL },
      description: { from: null, to: "CRM sync" },
      events: { from: null, to: ["token.created", "token.revoked"] },
    });
    expect(event.changes).not.toContain(secret);
  });

  it("never shows the secret again: the screen's queries carry no trace of it", async () => {
    const { accountId, actors } = await createTestAccount();
    const { endpointId, secret } = await addEndpoint(actors.administrator);
    const read = JSON.stringify([await listEndpoints(accountId), await findEndpoint(accountId, endpointId)]);
    expect(read).toContain(endpointId);
    expect(read).not.toContain(secret);
    expect(read).not.toContain("secret");
  });

  it.each([
    ["http://127.0.0.2/hooks", M.urlHttpNotAllowed],
    ["http://10.0.0.1/hooks", M.urlHttpNotAllowed],
    ["https://10.0.0.1/hooks", M.urlPrivateAddress],
    ["https://169.254.169.254/latest/meta-data", M.urlPrivateAddress],
    ["https://[::1]/hooks", M.urlPrivateAddress],
    ["https://user:pass@127.0.0.1/hooks", M.urlCredentials],
    ["ftp://127.0.0.1/hooks", M.urlScheme],
  ])("refuses %s as the URL field's error, creating nothing", async (url, message) => {
    const { accountId, actors } = await createTestAccount();
    const before = await webhooksSnapshot(accountId);
    expect(await createEndpoint(actors.administrator, endpointInput({ url }))).toEqual({
      ok: false,
      message: CHECK_FIELDS,
      errors: { url: [message] },
    });
    expect(await webhooksSnapshot(accountId)).toEqual(before);
  });

  it("refuses missing events, an over-long description and an over-long URL, creating nothing", async () => {
    const { accountId, actors } = await createTestAccount();
    const before = await webhooksSnapshot(accountId);
    const result = await createEndpoint(actors.administrator, {
      url: `${ALLOWED_URL}/${"a".repeat(2000)}`,
      description: "d".repeat(201),
      events: [],
    });
    expect(result).toEqual({
      ok: false,
      message: CHECK_FIELDS,
      errors: { url: [M.urlTooLong], description: [M.descriptionTooLong], events: [M.eventsRequired] },
    });
    expect(await webhooksSnapshot(accountId)).toEqual(before);
  });

  it(`stops at ${MAX_ENDPOINTS} endpoints per account`, async () => {
    const { accountId, actors } = await createTestAccount();
    for (let i = 0; i < MAX_ENDPOINTS; i++) await addEndpoint(actors.administrator, { description: `n${i}` });
    const before = await webhooksSnapshot(accountId);
    expect(await createEndpoint(actors.administrator, endpointInput())).toEqual({
      ok: false,
      message: M.limitReached,
    });
    expect(await webhooksSnapshot(accountId)).toEqual(before);
    // Another account is not affected by this one's endpoints.
    const other = await createTestAccount();
    expect(await createEndpoint(other.actors.administrator, endpointInput())).toMatchObject({ ok: true });
  });
});

describe("changing an endpoint", () => {
  it("edits only what changed, checks the new URL, and audits the difference", async () => {
    const { accountId, actors } = await createTestAccount();
    const { endpointId } = await addEndpoint(actors.administrator);
    const refused = await updateEndpoint(
      actors.administrator,
      endpointId,
      endpointInput({ url: "https://10.1.2.3/x" }),
    );
    expect(refused).toMatchObject({ ok: false, errors: { url: [M.urlPrivateAddress] } });

    const before = await webhooksSnapshot(accountId);
    expect(await updateEndpoint(actors.administrator, endpointId, endpointInput())).toMatchObject({
      ok: true,
    });
    expect(await webhooksSnapshot(accountId)).toEqual(before);

    succeeded(
      await updateEndpoint(actors.administrator, endpointId, endpointInput({ events: ["token.expiring"] })),
    );
    expect(await findEndpoint(accountId, endpointId)).toMatchObject({ events: ["token.expiring"] });
    const event = await lastAuditEvent(accountId);
    expect(JSON.parse(event.changes ?? "{}")).toEqual({
      events: { from: ["token.created", "token.revoked"], to: ["token.expiring"] },
    });
  });

  it("rotates the secret: a new one, shown once, stored sealed in place of the old", async () => {
    const { accountId, actors } = await createTestAccount();
    const { endpointId, secret } = await addEndpoint(actors.administrator);
    const sealedBefore = (await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } }))
      .secretEncrypted;
    const rotated = succeeded(await rotateEndpointSecret(actors.administrator, endpointId));
    expect(rotated.endpointId).toBe(endpointId);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(secret);
    const sealedAfter = (await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } }))
      .secretEncrypted;
    expect(sealedAfter).not.toBe(sealedBefore);
    expect(sealedAfter).not.toContain(rotated.secret);
    expect((await lastAuditEvent(accountId)).changes).toBeNull();
  });

  it("enabling an endpoint Keyward disabled for failing clears the reason, the streak and the notice", async () => {
    const { accountId, actors } = await createTestAccount();
    const { endpointId } = await addEndpoint(actors.administrator);
    await db().webhookEndpoint.update({
      where: { id: endpointId },
      data: {
        enabled: false,
        disabledReason: "failing",
        failingSince: new Date(Date.now() - 86_400_000),
        adminsToldAt: new Date(),
      },
    });
    expect(await findEndpoint(accountId, endpointId)).toMatchObject({
      enabled: false,
      disabledForFailing: true,
    });
    succeeded(await setEndpointEnabled(actors.administrator, endpointId, true));
    expect(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).toMatchObject({
      enabled: true,
      disabledReason: null,
      failingSince: null,
      adminsToldAt: null,
    });
  });

  it("refuses an enable/disable that is not a yes or no", async () => {
    const { accountId, actors } = await createTestAccount();
    const { endpointId } = await addEndpoint(actors.administrator);
    const before = await webhooksSnapshot(accountId);
    expect(await setEndpointEnabled(actors.administrator, endpointId, "off")).toEqual({
      ok: false,
      message: M.enabledInvalid,
    });
    expect(await webhooksSnapshot(accountId)).toEqual(before);
  });
});

describe("test events and the deliveries list", () => {
  it("queues one test delivery, listed newest first, and none for a disabled endpoint", async () => {
    const { accountId, actors } = await createTestAccount();
    const { endpointId } = await addEndpoint(actors.administrator);
    succeeded(await sendTestEvent(actors.administrator, endpointId));
    succeeded(await sendTestEvent(actors.administrator, endpointId));
    const page = await listDeliveries(accountId, endpointId, 1);
    expect(page).toMatchObject({ total: 2, page: 1, pages: 1 });
    expect(page.deliveries.map((d) => [d.eventType, d.status, d.attempts])).toEqual([
      ["webhook.test", "queued", 0],
      ["webhook.test", "queued", 0],
    ]);
    expect(page.deliveries[0]?.nextAttemptAt).not.toBeNull();

    succeeded(await setEndpointEnabled(actors.administrator, endpointId, false));
    const before = await webhooksSnapshot(accountId);
    expect(await sendTestEvent(actors.administrator, endpointId)).toEqual({
      ok: false,
      message: M.disabledNoTest,
    });
    expect(await webhooksSnapshot(accountId)).toEqual(before);
  });

  it("pages the deliveries and names their states as people read them", async () => {
    const { accountId, actors } = await createTestAccount();
    const { endpointId } = await addEndpoint(actors.administrator);
    const states = ["pending", "failed", "delivered", "abandoned"];
    const start = Date.parse("2026-11-01T00:00:00Z");
    await db().webhookDelivery.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        endpointId,
        accountId,
        eventId: `msg_${i}`,
        eventType: "token.revoked",
        payload: "{}",
        status: states[i % 4] ?? "pending",
        attempts: i % 4,
        lastResponseCode: i % 4 === 2 ? 204 : null,
        nextAttemptAt: new Date(start + i * 60_000),
        createdAt: new Date(start + i * 60_000),
      })),
    });
    const first = await listDeliveries(accountId, endpointId, 1);
    expect(first).toMatchObject({ total: 30, pages: 2, page: 1 });
    expect(first.deliveries).toHaveLength(first.pageSize);
    expect(first.deliveries[0]).toMatchObject({ status: "retrying", attempts: 1, lastResponseCode: null });
    const second = await listDeliveries(accountId, endpointId, 99);
    expect(second.page).toBe(2);
    expect(second.deliveries.at(-1)).toMatchObject({ status: "queued", attempts: 0 });
    const byStatus = new Map(first.deliveries.map((d) => [d.status, d]));
    expect(byStatus.get("delivered")).toMatchObject({ nextAttemptAt: null });
    expect(byStatus.get("abandoned")).toMatchObject({ nextAttemptAt: null });
    expect(byStatus.get("retrying")?.nextAttemptAt).not.toBeNull();

    // Another account never sees them, even with the endpoint's id.
    const other = await createTestAccount();
    expect(await findEndpoint(other.accountId, endpointId)).toBeNull();
    expect((await listDeliveries(other.accountId, endpointId, 1)).total).toBe(0);
  });
});
