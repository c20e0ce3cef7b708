// Seeds the end-to-end users (one per role, plus another account) into the database the
// test server uses. Idempotent: running it twice changes nothing.
import { createDbClient } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { assertLocalDatabase } from "./assert-local-database";
import { E2E_DATABASE_URL, E2E_PASSWORD, E2E_POLYGLOT, E2E_TOKEN_SPEAKERS, E2E_USERS } from "./e2e-env";

const url = process.env.DATABASE_URL ?? E2E_DATABASE_URL;
assertLocalDatabase(url);
const client = createDbClient(url);

async function ensureUser(email: string, name: string, accountId: string, role: string, isTechnical = false) {
  const passwordHash = isTechnical ? null : await hashPassword(E2E_PASSWORD);
  const user = await client.user.upsert({
    where: { email },
    create: { email, name, passwordHash, isTechnical },
    update: {},
  });
  await client.membership.upsert({
    where: { accountId_userId: { accountId, userId: user.id } },
    create: { accountId, userId: user.id, role },
    update: { role, deactivatedAt: null },
  });
  return user;
}

async function main() {
  const admin = await client.user.findUniqueOrThrow({
    where: { email: E2E_USERS.administrator },
    select: { memberships: { select: { accountId: true } } },
  });
  const accountId = admin.memberships[0]?.accountId;
  if (!accountId) throw new Error("The first administrator has no account; did the server start?");

  await ensureUser(
    E2E_USERS.implementation_specialist,
    "Ivy Specialist",
    accountId,
    "implementation_specialist",
  );
  await ensureUser(E2E_USERS.support_staff, "Sam Support", accountId, "support_staff");
  await ensureUser(E2E_USERS.member, "Max Member", accountId, "member");
  await ensureUser("robot@e2e.test", "Billing robot", accountId, "implementation_specialist", true);

  const other =
    (await client.account.findFirst({ where: { name: "Other Org" } })) ??
    (await client.account.create({ data: { name: "Other Org" } }));
  await ensureUser("other-admin@e2e.test", "Olga Other", other.id, "administrator");
  // e2e/languages.spec.ts changes this administrator's language: an account of their own
  // keeps the other specs' screens, members and administrators as they were.
  const languages =
    (await client.account.findFirst({ where: { name: "Langues SA" } })) ??
    (await client.account.create({ data: { name: "Langues SA" } }));
  await ensureUser(E2E_POLYGLOT, "Léa Polyglotte", languages.id, "administrator");
  const idiomas =
    (await client.account.findFirst({ where: { name: "Idiomas SL" } })) ??
    (await client.account.create({ data: { name: "Idiomas SL" } }));
  for (const { email, name } of Object.values(E2E_TOKEN_SPEAKERS))
    await ensureUser(email, name, idiomas.id, "administrator");
  // The specialist also belongs to the other account, to exercise the account switcher.
  await ensureUser(E2E_USERS.implementation_specialist, "Ivy Specialist", other.id, "support_staff");
}

main()
  .finally(() => client.$disconnect())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
