import type { Actor } from "@/lib/auth/actor";
import { ROLES, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { ensureCatalogue } from "@/lib/setup/catalogue";
import { unique } from "./unique";

// A fresh account per test, with one person per role and a technical user, so tests can
// share a database without seeing each other's data.
export type TestAccount = {
  accountId: string;
  actors: Record<Role, Actor>;
  technicalUserId: string;
};

export async function createTestAccount(name = `Account ${unique()}`): Promise<TestAccount> {
  await ensureCatalogue(db());
  const account = await db().account.create({ data: { name } });
  const actors = {} as Record<Role, Actor>;
  for (const role of ROLES) {
    const email = `${role}-${unique()}@test.example`;
    const user = await db().user.create({
      data: { email, name: `${role} ${unique()}`, passwordHash: null },
    });
    await db().membership.create({ data: { accountId: account.id, userId: user.id, role } });
    actors[role] = {
      userId: user.id,
      email,
      accountId: account.id,
      role,
      ip: "203.0.113.7",
      userAgent: "vitest",
    };
  }
  const robot = await db().user.create({
    data: { email: `robot-${unique()}@test.example`, name: `Robot ${unique()}`, isTechnical: true },
  });
  await db().membership.create({
    data: { accountId: account.id, userId: robot.id, role: "implementation_specialist" },
  });
  return { accountId: account.id, actors, technicalUserId: robot.id };
}

export async function catalogue() {
  await ensureCatalogue(db());
  const [sections, versions] = await Promise.all([
    db().apiSection.findMany({ orderBy: { position: "asc" }, select: { id: true, key: true } }),
    db().apiVersion.findMany({ orderBy: { releasedAt: "desc" }, select: { id: true, name: true } }),
  ]);
  const section = (key: string) => {
    const found = sections.find((s) => s.key === key);
    if (!found) throw new Error(`no section ${key}`);
    return found.id;
  };
  const newestVersion = versions[0];
  if (!newestVersion) throw new Error("no API version in the catalogue");
  return { sections, versions, section, newestVersionId: newestVersion.id };
}

// Valid create-token input; override what a test is about.
export async function tokenInput(actor: Actor, overrides: Record<string, unknown> = {}) {
  const c = await catalogue();
  return {
    name: `Token ${unique()}`,
    description: "",
    scope: "read_write",
    sectionIds: [c.section("leads")],
    apiVersionId: c.newestVersionId,
    expiration: "30d",
    customDate: "",
    ownerId: actor.userId,
    allowedIpRanges: "",
    technicalContact: "",
    ...overrides,
  };
}
