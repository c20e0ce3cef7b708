import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changesAsText, parseChanges } from "@/lib/audit/changes";
import { db } from "@/lib/db/client";
import { claimNotice, CLAIM_LEASE_MS } from "@/lib/notices/claims";
import { smtpMailer } from "@/lib/notices/mailer";
import { sendExpiryNotices, type NoticeRunOptions } from "@/lib/notices/send-expiry-notices";
import { resetToken } from "@/lib/tokens/commands/reset-token";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { deleteToken } from "@/lib/tokens/commands/delete-token";
import { updateToken } from "@/lib/tokens/commands/update-token";
import { createTestAccount, tokenInput } from "../support/fixtures";
import { recipientsOf, smtpPorts, SMTP_PASSWORD, startSmtpServer } from "../support/smtp-server";
import { expectSecretsNowhereInDb, issued, issueToken, issuedSecrets, succeeded } from "../support/tokens";
import { unique } from "../support/unique";

// Expiry notices end to end: tokens made by the real commands, a real SMTP server on
// 127.0.0.1, messages parsed back. Time is the clock handed to each run, never a sleep.
// Other test files' tokens share the database, so every check looks at one token's mail.

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const PUBLIC_URL = "https://keyward.test";
const FROM = "keyward@keyward.test";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const refused = new Set<string>();

beforeAll(async () => {
  smtp = await startSmtpServer({ refuse: (address) => refused.has(address.toLowerCase()) });
});

afterAll(async () => {
  await smtp.close();
  await expectSecretsNowhereInDb(issuedSecrets);
});

async function run(now: Date, options: Partial<NoticeRunOptions> & { url?: string } = {}) {
  const mailer = smtpMailer({ url: options.url ?? smtp.url, from: FROM });
  try {
    return await sendExpiryNotices({
      mailer,
      publicUrl: PUBLIC_URL,
      now: () => now,
      log: () => {},
      ...options,
    });
  } finally {
    mailer.close();
  }
}

const tokenLink = (tokenId: string) => `${PUBLIC_URL}/settings/technical/api/tokens/${tokenId}`;

// Every message about one token, as [recipient, subject] pairs in a stable order.
function mailAbout(tokenId: string) {
  return smtp.messages
    .filter((message) => message.text?.includes(tokenLink(tokenId)))
    .flatMap((message) => recipientsOf(message).map((to) => ({ to, message })));
}
const sentTo = (tokenId: string) =>
  mailAbout(tokenId)
    .map(({ to }) => to)
    .sort();

async function expiryOf(tokenId: string): Promise<Date> {
  const { expiresAt } = await db().apiToken.findUniqueOrThrow({
    where: { id: tokenId },
    select: { expiresAt: true },
  });
  if (!expiresAt) throw new Error("the token has no expiry");
  return expiresAt;
}

async function addUser(
  accountId: string,
  role: string,
  fields: { deactivated?: boolean; locale?: string } = {},
) {
  const user = await db().user.create({
    data: { email: `${role}-${unique()}@test.example`, name: `Person ${unique()}`, locale: fields.locale },
  });
  await db().membership.create({
    data: { accountId, userId: user.id, role, deactivatedAt: fields.deactivated ? new Date() : null },
  });
  return user;
}

// An account with a token its implementation specialist made for themselves, whose technical contact
// is the administrator (written in capitals), a deactivated second administrator, and
// another account with an administrator of its own.
async function scenario(tokenOverrides: Record<string, unknown> = {}) {
  const account = await createTestAccount();
  const { administrator: admin, implementation_specialist: specialist } = account.actors;
  await addUser(account.accountId, "administrator", { deactivated: true });
  await createTestAccount();
  const { tokenId, secret } = await issueToken(specialist, {
    technicalContact: admin.email.toUpperCase(),
    ...tokenOverrides,
  });
  return { ...account, admin, specialist, tokenId, secret, expiresAt: await expiryOf(tokenId) };
}

describe("expiry notices", () => {
  it("sends exactly one 7-day and one same-day notice to the owner, the contact and the administrators, once each", async () => {
    const { admin, specialist, tokenId, expiresAt, accountId } = await scenario();
    const people = [admin.email, specialist.email].sort();

    expect(await run(new Date(expiresAt.getTime() - 8 * DAY))).toMatchObject({ unreachable: false });
    expect(sentTo(tokenId)).toEqual([]);

    await run(new Date(expiresAt.getTime() - 7 * DAY));
    expect(sentTo(tokenId)).toEqual(people);
    await run(new Date(expiresAt.getTime() - 6 * DAY));
    await run(new Date(expiresAt.getTime() - 2 * DAY));
    expect(sentTo(tokenId)).toEqual(people);

    await run(new Date(expiresAt.getTime() - DAY));
    await run(new Date(expiresAt.getTime() - HOUR));
    await run(new Date(expiresAt.getTime() - 1));
    await run(expiresAt);
    expect(sentTo(tokenId)).toEqual([...people, ...people].sort());
    const subjects = mailAbout(tokenId).map(({ message }) => message.subject ?? "");
    expect(subjects.filter((s) => s.endsWith("expires today"))).toHaveLength(2);
    expect(subjects.filter((s) => / expires on /.test(s))).toHaveLength(2);

    const events = await db().auditEvent.findMany({
      where: { accountId, action: "token.notice_sent" },
      orderBy: { seq: "asc" },
      select: { actorUserId: true, actorLabel: true, targetId: true, changes: true },
    });
    expect(events.map((e) => ({ ...e, changes: JSON.parse(e.changes ?? "null") as unknown }))).toEqual(
      ["seven_day", "same_day"].map((kind) => ({
        actorUserId: null,
        actorLabel: "Keyward",
        targetId: tokenId,
        changes: {
          notice: { from: null, to: kind },
          recipients: { from: null, to: expect.arrayContaining(people) as unknown },
        },
      })),
    );
    // As the audit log, its export and the token's history read it.
    expect(changesAsText(parseChanges(events[0]?.changes ?? null))).toMatch(
      /^Notice: — → 7 days before expiry; Sent to: — → \S+@test\.example, \S+@test\.example$/,
    );
  });

  it("writes to no technical user, no deactivated member and no one of another account", async () => {
    const account = await createTestAccount();
    const admin = account.actors.administrator;
    const leaver = await addUser(account.accountId, "implementation_specialist");
    const leaverActor = {
      ...account.actors.implementation_specialist,
      userId: leaver.id,
      email: leaver.email,
    };
    const { tokenId } = await issueToken(admin, {
      ownerId: account.technicalUserId,
      technicalContact: "Ops@Partner.example",
    });
    const second = await issueToken(leaverActor, { technicalContact: leaver.email });
    await db().membership.updateMany({
      where: { accountId: account.accountId, userId: leaver.id },
      data: { deactivatedAt: new Date() },
    });
    const expiresAt = await expiryOf(tokenId);

    await run(new Date(expiresAt.getTime() - 3 * DAY));

    expect(sentTo(tokenId)).toEqual([admin.email, "ops@partner.example"].sort());
    expect(sentTo(second.tokenId)).toEqual([admin.email]);
  });

  it("writes in each recipient's language, with the link, the name and the hint, never the secret", async () => {
    const { admin, specialist, tokenId, secret, expiresAt } = await scenario();
    await db().user.update({ where: { id: specialist.userId }, data: { locale: "fr" } });
    const { hint, name } = await db().apiToken.findUniqueOrThrow({
      where: { id: tokenId },
      select: { hint: true, name: true },
    });

    await run(new Date(expiresAt.getTime() - 3 * DAY));

    const byRecipient = new Map(mailAbout(tokenId).map(({ to, message }) => [to, message]));
    const french = byRecipient.get(specialist.email);
    const english = byRecipient.get(admin.email);
    expect(french?.subject).toMatch(
      new RegExp(`^Le jeton d’accès « ${name} » expire le \\d+ [a-zé]+\\.? \\d{4}`),
    );
    expect(english?.subject).toMatch(
      new RegExp(`^Access token “${name}” expires on [A-Z][a-z]{2} \\d+, \\d{4}`),
    );
    for (const message of [french, english]) {
      expect(message?.from?.text).toBe(FROM);
      expect(message?.text).toContain(tokenLink(tokenId));
      expect(message?.text).toContain(name);
      expect(message?.text).toContain(`(${hint})`);
      expect(message?.html).toContain(`href="${tokenLink(tokenId)}"`);
      const raw = `${message?.subject} ${message?.text} ${message?.html}`;
      expect(raw).not.toContain(secret);
      expect(raw).not.toContain(secret.slice(16, 42));
      expect(raw).not.toContain(SMTP_PASSWORD);
    }
  });

  it("sends nothing for a token revoked, disabled or deleted before its notice", async () => {
    const { admin, tokenId: revoked, expiresAt } = await scenario();
    const disabled = await issueToken(admin, { expiration: "30d" });
    const deleted = await issueToken(admin, { expiration: "30d" });
    succeeded(await revokeToken(admin, revoked));
    succeeded(await setTokenEnabled(admin, disabled.tokenId, false));
    succeeded(await deleteToken(admin, deleted.tokenId));

    for (const before of [3 * DAY, HOUR]) await run(new Date(expiresAt.getTime() - before));

    expect([...sentTo(revoked), ...sentTo(disabled.tokenId), ...sentTo(deleted.tokenId)]).toEqual([]);
  });

  it("sends an extended token's notices for its new expiry only", async () => {
    const { admin, tokenId, expiresAt } = await scenario();
    const name = (await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } })).name;
    succeeded(await updateToken(admin, tokenId, await tokenInput(admin, { name, expiration: "90d" })));
    const extended = await expiryOf(tokenId);
    expect(extended.getTime()).toBeGreaterThan(expiresAt.getTime() + 30 * DAY);

    await run(new Date(expiresAt.getTime() - 3 * DAY));
    await run(new Date(expiresAt.getTime() - HOUR));
    expect(sentTo(tokenId)).toEqual([]);

    await run(new Date(extended.getTime() - 3 * DAY));
    expect(sentTo(tokenId)).toHaveLength(2);
  });

  it("notices a reset token for its unchanged expiry, with the hint of its new secret", async () => {
    const { admin, tokenId, expiresAt } = await scenario();
    const { secret } = issued(await resetToken(admin, tokenId, { grace: "none" }));
    const { hint } = await db().apiToken.findUniqueOrThrow({
      where: { id: tokenId },
      select: { hint: true },
    });

    await run(new Date(expiresAt.getTime() - 3 * DAY));

    const messages = mailAbout(tokenId).map(({ message }) => message);
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      expect(message.text).toContain(`(${hint})`);
      expect(message.text).not.toContain(secret.slice(16, 42));
    }
  });

  it("marks nothing sent while the mail server is down, and sends everything on the next run", async () => {
    const { tokenId, expiresAt, accountId } = await scenario();
    const now = new Date(expiresAt.getTime() - 2 * DAY);
    const down = `smtp://keyward:${SMTP_PASSWORD}@127.0.0.1:${smtpPorts().closed}`;

    expect(await run(now, { url: down })).toMatchObject({ sent: 0, unreachable: true });
    expect(await db().tokenNotice.count({ where: { tokenId, sentAt: { not: null } } })).toBe(0);
    expect(await db().auditEvent.count({ where: { accountId, action: "token.notice_sent" } })).toBe(0);

    await run(now);
    expect(sentTo(tokenId)).toHaveLength(2);
    expect(await db().tokenNotice.count({ where: { tokenId, sentAt: { not: null } } })).toBe(2);
  });

  it("sends each notice once when two runs race", async () => {
    const { tokenId, expiresAt } = await scenario();
    const now = new Date(expiresAt.getTime() - 2 * DAY);

    await Promise.all([run(now), run(now), run(now)]);

    expect(sentTo(tokenId)).toHaveLength(2);
  });

  it("still writes to the others when the server refuses one recipient, and retries that one later", async () => {
    const { admin, specialist, tokenId, expiresAt } = await scenario();
    refused.add(specialist.email.toLowerCase());
    const now = new Date(expiresAt.getTime() - 2 * DAY);

    expect(await run(now)).toMatchObject({ unreachable: false });
    expect(sentTo(tokenId)).toEqual([admin.email]);

    refused.delete(specialist.email.toLowerCase());
    await run(now);
    expect(sentTo(tokenId)).toEqual([admin.email, specialist.email].sort());
  });

  it("leaves a claim to its sender, and takes it over once the lease has run out", async () => {
    const { admin, specialist, tokenId, expiresAt } = await scenario();
    const now = new Date(expiresAt.getTime() - 2 * DAY);
    // Another instance claimed both notices, then died before sending them.
    for (const person of [admin, specialist]) {
      const key = { tokenId, kind: "seven_day" as const, expiresAt, email: person.email };
      expect(await claimNotice(db(), key, now)).not.toBeNull();
    }

    await run(new Date(now.getTime() + CLAIM_LEASE_MS - 1));
    expect(sentTo(tokenId)).toEqual([]);

    await run(new Date(now.getTime() + CLAIM_LEASE_MS));
    expect(sentTo(tokenId)).toEqual([admin.email, specialist.email].sort());
  });
});
