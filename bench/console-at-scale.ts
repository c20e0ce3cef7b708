// B2 of BENCHMARKS.md: server time of /settings/technical/api for a signed-in administrator
// with 100 tokens and with 10,000, each with 90 days of usage (bench/seed-usage.ts),
// unfiltered and with each filter; median of 20 requests.
//   npm run bench:console
import { randomBytes } from "node:crypto";
import { createDbClient } from "@/lib/db/client";
import { searchKey } from "@/lib/tokens/name-search/search-key";
import { seedUsage } from "./seed-usage";
import { BENCH_ADMIN, startProductionServer } from "./support/production-server";
import { signIn } from "./support/sign-in";
import { median, timeRequests, writeResult } from "./support/stats";

const PORT = Number(process.env.BENCH_PORT ?? 3060);
const DAY = 24 * 60 * 60 * 1000;
const VIEWS = {
  unfiltered: "",
  // Ten cards at either size ("Bench 00040" to "Bench 00049"). Until 2026-12-03 it was
  // "bench 0042", which none of the first 100 tokens match: its growth compared an empty
  // state with ten cards.
  "name search": "?q=bench+0004",
  // One card at either size ("Bench 00042"), found through case and accent folding.
  "name search, accents": "?q=B%C3%89NCH+00042",
  created: "?created=last_30_days",
  // A full page at either size. Until 2026-12-06 it was "disabled", one token in ten: 10
  // cards at 100 tokens against 20 at 10,000, so its growth measured the page's length.
  status: "?status=enabled",
} as const;
type View = keyof typeof VIEWS;
const VIEW_NAMES = Object.keys(VIEWS) as View[];

async function seedTokens(databaseUrl: string, from: number, to: number): Promise<string[]> {
  const db = createDbClient(databaseUrl);
  const ids: string[] = [];
  try {
    const admin = await db.user.findUniqueOrThrow({
      where: { email: BENCH_ADMIN.email },
      select: { id: true, memberships: { select: { accountId: true } } },
    });
    const accountId = admin.memberships[0]?.accountId;
    if (!accountId) throw new Error("the bench administrator has no account");
    const version = await db.apiVersion.findFirstOrThrow({
      orderBy: { releasedAt: "desc" },
      select: { id: true },
    });
    const section = await db.apiSection.findFirstOrThrow({ select: { id: true } });
    const now = Date.now();
    for (let start = from; start <= to; start += 500) {
      const rows = [];
      for (let i = start; i <= Math.min(to, start + 499); i++) {
        const publicId = randomBytes(9).toString("base64url").replace(/[-_]/g, "x").slice(0, 12);
        const name = `Bench ${String(i).padStart(5, "0")}`;
        // A realistic mix: ages up to a year, one in ten disabled, one in twenty revoked.
        rows.push({
          id: `bench${randomBytes(10).toString("hex")}`,
          accountId,
          publicId,
          name,
          nameKey: name.toLowerCase(),
          searchKey: searchKey(name),
          scope: i % 3 ? "read" : "read_write",
          apiVersionId: version.id,
          ownerId: admin.id,
          createdById: admin.id,
          hint: `kw_${publicId}…bnch`,
          secretHash: "seeded-without-a-secret",
          createdAt: new Date(now - (i % 365) * DAY),
          expiresAt: new Date(now + ((i % 200) - 20) * DAY),
          disabledAt: i % 10 === 0 ? new Date(now - DAY) : null,
          revokedAt: i % 20 === 7 ? new Date(now - DAY) : null,
          revokedById: i % 20 === 7 ? admin.id : null,
        });
      }
      await db.apiToken.createMany({ data: rows });
      ids.push(...rows.map((row) => row.id));
      await db.apiTokenSection.createMany({
        data: rows.map((row) => ({ tokenId: row.id, sectionId: section.id })),
      });
    }
  } finally {
    await db.$disconnect();
  }
  return ids;
}

function seedUsageOf(databaseFile: string, ids: string[]): void {
  const started = Date.now();
  const rows = seedUsage(databaseFile, ids);
  console.log(
    `B2 seeded 90 days of usage for ${ids.length.toLocaleString("en")} tokens: ${rows.toLocaleString("en")} hourly rows in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

async function measure(url: string, cookie: string): Promise<Record<View, number>> {
  const medians = {} as Record<View, number>;
  for (const view of VIEW_NAMES) {
    medians[view] = median(
      await timeRequests(`${url}/settings/technical/api${VIEWS[view]}`, { Cookie: cookie }),
    );
  }
  return medians;
}

async function main() {
  const server = await startProductionServer("console-at-scale", PORT);
  try {
    const databaseUrl = `file:${server.databaseFile}`;
    const cookie = await signIn(server.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
    seedUsageOf(server.databaseFile, await seedTokens(databaseUrl, 1, 100));
    const small = await measure(server.url, cookie);
    seedUsageOf(server.databaseFile, await seedTokens(databaseUrl, 101, 10_000));
    const large = await measure(server.url, cookie);
    const growth = Object.fromEntries(VIEW_NAMES.map((view) => [view, large[view] / small[view]])) as Record<
      View,
      number
    >;
    for (const view of VIEW_NAMES) {
      console.log(
        `B2 ${view.padEnd(20)} 100 tokens ${small[view].toFixed(1)} ms · 10,000 tokens ${large[view].toFixed(1)} ms · growth ${growth[view].toFixed(2)}`,
      );
    }
    console.log(`B2 results: ${writeResult("b2-console-at-scale", { small, large, growth })}`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
