// Adds a demo account to explore the console: one person per role, a technical user, and a
// few dozen tokens in every status. Tokens go through the real lifecycle commands, so the
// audit log fills up as it would in use. Idempotent: a second run changes nothing.
// Every demo user's password is published in the README, so the seed refuses a database
// that holds anything else (a real install) unless told --force.
//   npm run seed:demo                 on an empty or demo-only database
//   npm run seed:demo -- --force      on any database, knowingly
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { db, disconnectDb } from "@/lib/db/client";
import { createToken } from "@/lib/tokens/commands/create-token";
import { resetToken } from "@/lib/tokens/commands/reset-token";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { migrateDatabase } from "@/lib/db/migrate";
import { ensureCatalogue } from "@/lib/setup/catalogue";
import { prepareEnvironment } from "./start/prepare-environment";

const ACCOUNT = "Demo Org";
const FORCE = process.argv.slice(2).includes("--force");
const PASSWORD = "demo-password-1";
const PEOPLE: { email: string; name: string; role: Role }[] = [
  { email: "demo-admin@keyward.local", name: "Ada Admin", role: "administrator" },
  { email: "demo-specialist@keyward.local", name: "Ian Implementer", role: "implementation_specialist" },
  { email: "demo-support@keyward.local", name: "Sue Support", role: "support_staff" },
  { email: "demo-member@keyward.local", name: "Max Member", role: "member" },
];
const INTEGRATIONS = [
  "CRM sync",
  "Billing export",
  "Call recorder",
  "Lead import",
  "Reporting dashboard",
  "Zapier bridge",
  "Data warehouse",
  "Support desk",
  "Mobile app",
  "Partner portal",
  "Dialer",
  "QA sampling",
];

async function addUser(accountId: string, email: string, name: string, role: Role, isTechnical = false) {
  const user = await db().user.upsert({
    where: { email },
    create: { email, name, isTechnical, passwordHash: isTechnical ? null : await hashPassword(PASSWORD) },
    update: {},
  });
  await db().membership.upsert({
    where: { accountId_userId: { accountId, userId: user.id } },
    create: { accountId, userId: user.id, role },
    update: {},
  });
  return user;
}

const DEMO_EMAILS = [...PEOPLE.map((p) => p.email), "demo-robot@keyward.local"];

// What the database holds besides the demo: accounts of another name and users of another
// email. The first start's "My organisation" and its administrator count, so that a real
// install is never given users with a published password by accident.
async function foreignContent(): Promise<{ accounts: string[]; users: number }> {
  const [accounts, users] = await Promise.all([
    db().account.findMany({ where: { name: { not: ACCOUNT } }, select: { name: true }, take: 5 }),
    db().user.count({ where: { email: { notIn: DEMO_EMAILS } } }),
  ]);
  return { accounts: accounts.map((a) => a.name), users };
}

async function main() {
  const settings = prepareEnvironment();
  // Migrates and loads the catalogue but, unlike the start command, creates no first
  // administrator: on an empty database the demo users are the only ones.
  await migrateDatabase(settings.databaseUrl);
  await ensureCatalogue(db());
  const foreign = await foreignContent();
  if (!FORCE && (foreign.accounts.length > 0 || foreign.users > 0)) {
    const what = [
      foreign.accounts.length > 0 ? `accounts other than "${ACCOUNT}" (${foreign.accounts.join(", ")})` : "",
      foreign.users > 0 ? `${foreign.users} user(s) outside the demo` : "",
    ]
      .filter(Boolean)
      .join(" and ");
    console.error(
      [
        `keyward: seed:demo refused: this database has ${what}.`,
        `The demo users' password is published (${PASSWORD}); adding them here would let anyone sign in.`,
        "Seed a separate database instead, for example:",
        "  DATABASE_URL=file:data/demo.db npm run seed:demo && DATABASE_URL=file:data/demo.db npm start",
        "or, if you really mean this database, run: npm run seed:demo -- --force",
      ].join("\n"),
    );
    process.exitCode = 2;
    return;
  }
  if (await db().account.findFirst({ where: { name: ACCOUNT } })) {
    console.log(`keyward: "${ACCOUNT}" already exists; nothing to do`);
    return;
  }
  const account = await db().account.create({ data: { name: ACCOUNT } });
  const users = [];
  for (const person of PEOPLE) users.push(await addUser(account.id, person.email, person.name, person.role));
  const robot = await addUser(
    account.id,
    "demo-robot@keyward.local",
    "Integration robot",
    "implementation_specialist",
    true,
  );
  const [admin, specialist] = users;
  if (!admin || !specialist) throw new Error("demo users missing");

  const actor = (userId: string, email: string, role: Role): Actor => ({
    userId,
    email,
    accountId: account.id,
    role,
    ip: "127.0.0.1",
    userAgent: "keyward seed:demo",
  });
  const adminActor = actor(admin.id, admin.email, "administrator");
  const specialistActor = actor(specialist.id, specialist.email, "implementation_specialist");

  const [sections, versions] = await Promise.all([
    db().apiSection.findMany({ orderBy: { position: "asc" }, select: { id: true, key: true } }),
    db().apiVersion.findMany({ orderBy: { releasedAt: "desc" }, select: { id: true } }),
  ]);
  const presets = ["7d", "30d", "60d", "90d", "1y", "never"] as const;
  let count = 0;
  for (const [i, integration] of INTEGRATIONS.entries()) {
    for (const environment of ["production", "staging", "sandbox"]) {
      const by = i % 3 === 0 ? specialistActor : adminActor;
      const expiration =
        by === specialistActor && presets[(i + count) % presets.length] === "never"
          ? "90d"
          : presets[(i + count) % presets.length];
      const result = await createToken(by, {
        name: `${integration} (${environment})`,
        description: `${integration} integration, ${environment} environment`,
        scope: count % 3 === 0 ? "read" : "read_write",
        sectionIds: sections.filter((_, s) => (s + i) % 3 !== 0).map((s) => s.id),
        apiVersionId: versions[count % versions.length]?.id ?? "",
        expiration,
        ownerId: count % 4 === 0 ? robot.id : by.userId,
        allowedIpRanges: environment === "production" && i % 2 === 0 ? "203.0.113.0/24, 2001:db8::/32" : "",
        technicalContact: i % 2 === 0 ? "integrations@example.com" : "",
      });
      if (!result.ok) throw new Error(`could not seed ${integration}: ${result.message}`);
      const id = result.data.tokenId;
      // A mix of every status the filters know.
      if (count % 7 === 3) await setTokenEnabled(adminActor, id, false);
      if (count % 11 === 5) await revokeToken(adminActor, id);
      if (count % 9 === 4) await resetToken(adminActor, id, { grace: "24h" });
      if (count % 10 === 6) {
        await db().apiToken.update({
          where: { id },
          data: { expiresAt: new Date(Date.now() - 86_400_000 * (1 + (count % 20))) },
        });
      }
      if (count % 8 === 2) {
        await db().apiToken.update({
          where: { id },
          data: { createdAt: new Date(Date.now() - 86_400_000 * (31 + count)) },
        });
      }
      count++;
    }
  }
  console.log(
    `keyward: seeded "${ACCOUNT}" with ${PEOPLE.length} people, a technical user and ${count} tokens`,
  );
  console.log(`keyward: sign in as ${PEOPLE.map((p) => p.email).join(", ")} with the password ${PASSWORD}`);
}

main()
  .catch((error: unknown) => {
    console.error("keyward: seed failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
