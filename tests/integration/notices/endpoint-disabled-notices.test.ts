import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { smtpMailer } from "@/lib/notices/mailer";
import { sendEndpointDisabledNotices } from "@/lib/notices/endpoint-disabled/send";
import { setEndpointEnabled } from "@/lib/webhook-endpoints/commands/set-endpoint-enabled";
import { recordEndpointHealth } from "@/lib/webhooks/delivery/endpoint-health";
import { createTestAccount } from "../support/fixtures";
import { recipientsOf, smtpPorts, SMTP_PASSWORD, startSmtpServer } from "../support/smtp-server";
import { succeeded } from "../support/tokens";
import { addEndpoint } from "../support/webhook-endpoints";
import { unique } from "../support/unique";

// The notice that Keyward disabled an endpoint after 24 hours of failures: endpoints made by
// the real command and disabled by the delivery worker's own health rule, a real SMTP server
// on 127.0.0.1, messages parsed back. Other files' endpoints share the database, so every
// check looks at the mail linking to one endpoint.

process.env.KEYWARD_WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";

const DAY = 24 * 60 * 60 * 1000;
const PUBLIC_URL = "https://keyward.test";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
});

afterAll(async () => {
  await smtp.close();
});

async function run(url = smtp.url) {
  const mailer = smtpMailer({ url, from: "keyward@keyward.test" });
  try {
    return await sendEndpointDisabledNotices({
      mailer,
      publicUrl: PUBLIC_URL,
      now: () => new Date(),
      log: () => {},
    });
  } finally {
    mailer.close();
  }
}

const endpointLink = (endpointId: string) => `${PUBLIC_URL}/settings/technical/webhooks/${endpointId}`;

function mailAbout(endpointId: string) {
  return smtp.messages
    .filter((message) => message.text?.includes(endpointLink(endpointId)))
    .flatMap((message) => recipientsOf(message).map((to) => ({ to, message })));
}
const sentTo = (endpointId: string) =>
  mailAbout(endpointId)
    .map(({ to }) => to)
    .sort();

async function addAdministrator(accountId: string, fields: { isTechnical?: boolean; deactivated?: boolean }) {
  const user = await db().user.create({
    data: {
      email: `admin-${unique()}@test.example`,
      name: `Admin ${unique()}`,
      isTechnical: fields.isTechnical,
    },
  });
  await db().membership.create({
    data: {
      accountId,
      userId: user.id,
      role: "administrator",
      deactivatedAt: fields.deactivated ? new Date() : null,
    },
  });
  return user;
}

// Disabled the way the delivery worker disables it: a failure, then another 24 hours later.
async function failFor24Hours(endpointId: string) {
  const since = new Date(Date.now() - DAY - 60_000);
  await recordEndpointHealth(db(), endpointId, false, since);
  await recordEndpointHealth(db(), endpointId, false, new Date(since.getTime() + DAY));
  const row = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
  expect(row).toMatchObject({ enabled: false, disabledReason: "failing", adminsToldAt: null });
}

// An account with its four roles, a second (French) administrator, a technical
// administrator, a deactivated administrator, and another account with its own
// administrator; its endpoint disabled after 24 hours of failures.
async function scenario() {
  const account = await createTestAccount();
  const french = await addAdministrator(account.accountId, {});
  await db().user.update({ where: { id: french.id }, data: { locale: "fr" } });
  await addAdministrator(account.accountId, { isTechnical: true });
  await addAdministrator(account.accountId, { deactivated: true });
  const other = await createTestAccount();
  const { endpointId, secret } = await addEndpoint(account.actors.administrator);
  await failFor24Hours(endpointId);
  return { ...account, admin: account.actors.administrator, french, other, endpointId, secret };
}

const toldAt = async (endpointId: string) =>
  (await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).adminsToldAt;

describe("notices of an endpoint disabled for failing", () => {
  it("writes to each active administrator who is a person once, and to no one else", async () => {
    const { admin, french, other, actors, endpointId } = await scenario();

    await run();
    expect(sentTo(endpointId)).toEqual([admin.email, french.email].sort());
    expect(await toldAt(endpointId)).not.toBeNull();
    const events = await db().auditEvent.findMany({
      where: { targetId: endpointId, action: "webhook.endpoint_admins_told" },
      select: { actorUserId: true, actorLabel: true, changes: true },
    });
    expect(events.map((e) => ({ ...e, changes: JSON.parse(e.changes ?? "null") as unknown }))).toEqual([
      {
        actorUserId: null,
        actorLabel: "Keyward",
        changes: { recipients: { from: null, to: expect.any(Array) } },
      },
    ]);
    expect(
      (JSON.parse(events[0]?.changes ?? "{}") as { recipients: { to: string[] } }).recipients.to.sort(),
    ).toEqual([admin.email, french.email].sort());

    await run();
    expect(sentTo(endpointId)).toEqual([admin.email, french.email].sort());
    for (const person of [actors.member, actors.support_staff, actors.implementation_specialist]) {
      expect(sentTo(endpointId)).not.toContain(person.email);
    }
    expect(sentTo(endpointId)).not.toContain(other.actors.administrator.email);
  });

  it("writes in each administrator's language, with the URL and the link, never the secret", async () => {
    const { admin, french, endpointId, secret } = await scenario();
    const { url } = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });

    await run();

    const byRecipient = new Map(mailAbout(endpointId).map(({ to, message }) => [to, message]));
    expect(byRecipient.get(admin.email)?.subject).toBe(`Webhook endpoint ${url} was disabled`);
    expect(byRecipient.get(admin.email)?.text).toContain("failed for 24 hours, so Keyward disabled it");
    expect(byRecipient.get(french.email)?.subject).toBe(
      `Le point de terminaison webhook ${url} a été désactivé`,
    );
    expect(byRecipient.get(french.email)?.text).toContain("ont échoué pendant 24 heures");
    for (const message of byRecipient.values()) {
      expect(message.text).toContain(url);
      expect(message.html).toContain(`href="${endpointLink(endpointId)}"`);
      const raw = `${message.subject} ${message.text} ${message.html}`;
      expect(raw).not.toContain(secret);
      expect(raw).not.toContain(secret.slice("whsec_".length));
      expect(raw).not.toContain(SMTP_PASSWORD);
    }
  });

  it("marks nothing while the mail server is down, and tells them on the next run", async () => {
    const { admin, french, endpointId } = await scenario();
    const down = `smtp://keyward:${SMTP_PASSWORD}@127.0.0.1:${smtpPorts().closed}`;

    expect(await run(down)).toMatchObject({ sent: 0, unreachable: true });
    expect(await toldAt(endpointId)).toBeNull();
    expect(sentTo(endpointId)).toEqual([]);

    await run();
    expect(sentTo(endpointId)).toEqual([admin.email, french.email].sort());
  });

  it("tells nothing of an endpoint a person disabled, or one enabled again", async () => {
    const { admin, endpointId } = await scenario();
    succeeded(await setEndpointEnabled(admin, endpointId, true));
    const second = await addEndpoint(admin);
    succeeded(await setEndpointEnabled(admin, second.endpointId, false));

    await run();

    expect([...sentTo(endpointId), ...sentTo(second.endpointId)]).toEqual([]);
  });

  it("tells a later disabling again once the endpoint was enabled in between", async () => {
    const { admin, french, endpointId } = await scenario();
    await run();
    expect(sentTo(endpointId)).toHaveLength(2);

    succeeded(await setEndpointEnabled(admin, endpointId, true));
    expect(await toldAt(endpointId)).toBeNull();
    await failFor24Hours(endpointId);
    await run();

    expect(sentTo(endpointId)).toEqual([admin.email, admin.email, french.email, french.email].sort());
  });

  it("sends each notice once when runs race", async () => {
    const { endpointId } = await scenario();

    await Promise.all([run(), run(), run()]);

    expect(sentTo(endpointId)).toHaveLength(2);
  });
});
