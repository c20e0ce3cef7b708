import "server-only";
import type { DbClient } from "@/lib/db/client";
import { eventHash } from "./chain";
import { auditEventSelect } from "./queries/audit-event-select";

// Tamper evidence: walks each account's chain in seq order, a batch at a time, and stops
// at the first link that does not hold. An event changed in place breaks its own hash;
// an event removed leaves a gap in seq (and the next event's prevHash points at nothing).
// Removing the newest events of an account leaves no trace in the chain itself.

export type ChainProblem = "missing_event" | "prev_hash_mismatch" | "hash_mismatch";

export type ChainBreak = {
  accountId: string;
  seq: number;
  eventId: number;
  problem: ChainProblem;
  expected: string;
  stored: string;
};

export type ChainReport = { accounts: number; events: number; breaks: ChainBreak[] };

// Everything the hash covers, plus the links.
const chainSelect = {
  ...auditEventSelect,
  accountId: true,
  seq: true,
  actorUserId: true,
  prevHash: true,
  hash: true,
} as const;

async function verifyAccount(client: DbClient, accountId: string, batchSize: number) {
  let lastSeq = 0;
  let lastHash: string | null = null;
  let events = 0;
  for (;;) {
    const batch = await client.auditEvent.findMany({
      where: { accountId, seq: { gt: lastSeq } },
      orderBy: { seq: "asc" },
      take: batchSize,
      select: chainSelect,
    });
    for (const event of batch) {
      const at = { accountId, seq: event.seq, eventId: event.id };
      if (event.seq !== lastSeq + 1) {
        return {
          events,
          broken: {
            ...at,
            problem: "missing_event" as const,
            expected: `seq ${lastSeq + 1}`,
            stored: `seq ${event.seq}`,
          },
        };
      }
      if (event.prevHash !== lastHash) {
        return {
          events,
          broken: {
            ...at,
            problem: "prev_hash_mismatch" as const,
            expected: lastHash ?? "(none)",
            stored: event.prevHash ?? "(none)",
          },
        };
      }
      const expected = eventHash(event.prevHash, event);
      if (expected !== event.hash) {
        return { events, broken: { ...at, problem: "hash_mismatch" as const, expected, stored: event.hash } };
      }
      lastSeq = event.seq;
      lastHash = event.hash;
      events++;
    }
    if (batch.length < batchSize) return { events, broken: null };
  }
}

export async function verifyAuditChain(
  client: DbClient,
  options: { accountId?: string; batchSize?: number } = {},
): Promise<ChainReport> {
  const batchSize = options.batchSize ?? 1000;
  const accountIds = options.accountId
    ? [options.accountId]
    : (await client.account.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
  const report: ChainReport = { accounts: accountIds.length, events: 0, breaks: [] };
  for (const accountId of accountIds) {
    const { events, broken } = await verifyAccount(client, accountId, batchSize);
    report.events += events;
    if (broken) report.breaks.push(broken);
  }
  return report;
}

const PROBLEM_TEXT: Record<ChainProblem, string> = {
  missing_event: "an event is missing before this one",
  prev_hash_mismatch: "its link to the previous event does not match",
  hash_mismatch: "its content does not match its hash (altered)",
};

export function describeChainReport(report: ChainReport): string[] {
  if (report.breaks.length === 0) {
    return [`chain intact: ${report.events} events in ${report.accounts} account(s)`];
  }
  return report.breaks.map(
    (b) =>
      `chain broken: account ${b.accountId}, seq ${b.seq}, event id ${b.eventId}: ${PROBLEM_TEXT[b.problem]}; expected ${b.expected}, stored ${b.stored}`,
  );
}
