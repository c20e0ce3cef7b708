import "server-only";
import { db } from "@/lib/db/client";
import { config } from "@/lib/config/env";
import type { SessionContext } from "@/lib/auth/session";
import type { TokenFormOptions } from "../dto";
import { expiryRuleFor } from "../expiry-rule";

// Catalogues and the owners a token may have: the person creating it, or an active
// technical user of the account.
export async function loadTokenFormOptions(
  ctx: Pick<SessionContext, "user" | "account" | "role">,
): Promise<TokenFormOptions> {
  const [sections, versions, technical] = await Promise.all([
    db().apiSection.findMany({
      orderBy: [{ position: "asc" }, { label: "asc" }],
      select: { id: true, label: true },
    }),
    db().apiVersion.findMany({ orderBy: { releasedAt: "desc" }, select: { id: true, name: true } }),
    db().membership.findMany({
      where: { accountId: ctx.account.id, deactivatedAt: null, user: { isTechnical: true } },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    sections,
    versions,
    defaultVersionId: versions[0]?.id ?? "",
    owners: [
      { id: ctx.user.id, name: ctx.user.name, isTechnical: false, isSelf: true },
      ...technical.map((m) => ({ id: m.user.id, name: m.user.name, isTechnical: true, isSelf: false })),
    ],
    expiryRule: expiryRuleFor(ctx.role, config().tokens.maxLifetimeDays),
  };
}
