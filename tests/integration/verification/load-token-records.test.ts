import { describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/config/database-url";
import { config } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { readsOffTheEventLoop, readThroughClient } from "@/lib/db/read-rows";
import { parseToken } from "@/lib/tokens/format";
import { loadTokenRecords } from "@/lib/verification/load-token-record";
import { authenticate } from "@/lib/verification/authenticate";
import { catalogue, createTestAccount } from "../support/fixtures";
import { issueToken } from "../support/tokens";
import { serverForEachTest } from "../support/verification-server";

const server = serverForEachTest();
const publicIdOf = (secret: string) => parseToken(secret)?.publicId ?? "";

describe("loading verification records in batches", () => {
  it("reads many tokens in one go, each with its own sections, and leaves unknown ids out", async () => {
    const { actors } = await createTestAccount();
    const c = await catalogue();
    const leads = await issueToken(actors.administrator, { sectionIds: [c.section("leads")] });
    const both = await issueToken(actors.administrator, {
      sectionIds: [c.section("leads"), c.section("reports")],
    });
    const ids = [publicIdOf(leads.secret), publicIdOf(both.secret), "NoSuchToken1"];
    const records = await loadTokenRecords(readThroughClient(db()), ids);
    expect([...records.keys()].sort()).toEqual(ids.slice(0, 2).sort());
    expect(records.get(ids[0] ?? "")).toMatchObject({ id: leads.tokenId, sectionKeys: ["leads"] });
    expect(records.get(ids[1] ?? "")?.sectionKeys.sort()).toEqual(["leads", "reports"]);
    expect(records.get(ids[1] ?? "")).toMatchObject({ id: both.tokenId, name: both.name });
  });

  // On SQLite the server reads on a thread of its own, whose driver hands back dates as text
  // and booleans as numbers: the records must come out the same as through the client.
  it.runIf(databaseProvider(config().databaseUrl) === "sqlite")(
    "reads the same records on the SQLite thread as through the client",
    async () => {
      const { actors } = await createTestAccount();
      const c = await catalogue();
      const plain = await issueToken(actors.administrator);
      const detailed = await issueToken(actors.administrator, {
        scope: "read",
        expiration: "30d",
        allowedIpRanges: "127.0.0.0/8, 203.0.113.0/24",
        sectionIds: [c.section("leads"), c.section("reports")],
      });
      const ids = [plain, detailed].map((token) => publicIdOf(token.secret));
      const thread = readsOffTheEventLoop(config().databaseUrl, 1_024);
      try {
        const throughThread = await loadTokenRecords(thread.read, ids);
        const throughClient = await loadTokenRecords(readThroughClient(db()), ids);
        expect(throughThread.size).toBe(2);
        for (const id of ids) {
          const record = throughThread.get(id);
          expect(record?.expiresAt === null || record?.expiresAt instanceof Date).toBe(true);
          expect(record?.issuedAt).toBeInstanceOf(Date);
          expect({ ...record, sectionKeys: record?.sectionKeys.slice().sort() }).toEqual({
            ...throughClient.get(id),
            sectionKeys: throughClient.get(id)?.sectionKeys.slice().sort(),
          });
        }
        expect(throughThread.get(ids[1] ?? "")).toMatchObject({
          scope: "read",
          allowedIpRanges: ["127.0.0.0/8", "203.0.113.0/24"],
          accountApiAccessEnabled: true,
        });
        expect(throughThread.get(ids[1] ?? "")?.expiresAt).toBeInstanceOf(Date);
      } finally {
        await thread.close();
      }
    },
  );

  it("answers a burst of cache misses from one query, not one per token", async () => {
    const { actors } = await createTestAccount();
    const tokens = [];
    for (let i = 0; i < 12; i++) tokens.push(await issueToken(actors.administrator));
    const { runtime, loadBatches } = server();
    // Twelve requests arriving in the same turn of the event loop, as after a change emptied
    // the cache; one of them twice.
    const presented = [...tokens, tokens[0]].map((token) =>
      authenticate(runtime, token?.secret ?? null, [], "203.0.113.9", new Date()),
    );
    const decisions = await Promise.all(presented);
    expect(decisions.every(({ decision }) => decision.ok)).toBe(true);
    expect(loadBatches).toHaveLength(1);
    expect(loadBatches[0]?.slice().sort()).toEqual(tokens.map((token) => publicIdOf(token.secret)).sort());
  });
});
