import "server-only";
import type { DbClient } from "@/lib/db/client";
import { CHAIN_KEYED, CHAIN_UNKEYED, eventHash, unkeyedEventHash } from "./chain";
import { auditEventSelect } from "./queries/audit-event-select";

// Tamper evidence: walks each account's chain in seq order, a batch at a time, and stops
// at the first link that does not hold. An event changed in place breaks its own hash (an
// HMAC under the audit key, which a database writer does not have); an event removed leaves
// a gap in seq (and the next event's prevHash points at nothing). Removing the newest events
// of an account leaves no trace in the chain itself: anchors (the latest seq and hash of
// each account, saved outside the database by a previous run) catch that.

export type ChainProblem =
  | "missing_event"
  | "prev_hash_mismatch"
  | "hash_mismatch"
  | "unkeyed_after_keyed"
  | "unkeyed_unsealed"
  | "unknown_chain_version"
  | "anchor_truncated"
  | "anchor_rewritten";

export type ChainBreak = {
  accountId: string;
  seq: number;
  eventId: number | null;
  problem: ChainProblem;
  expected: string;
  stored: string;
};

export type ChainHead = { seq: number; hash: string };

// accountId → the newest event when the anchor was taken.
export type ChainAnchors = Record<string, ChainHead>;

export type ChainReport = {
  accounts: number;
  events: number;
  breaks: ChainBreak[];
  // The newest verified event of each intact account that has any: the next anchor.
  heads: ChainAnchors;
};

export type VerifyOptions = {
  // KEYWARD_AUDIT_KEY: without it no keyed event can be checked.
  key: string;
  accountId?: string;
  batchSize?: number;
  anchors?: ChainAnchors;
};

// Everything the hash covers, plus the links.
const chainSelect = {
  ...auditEventSelect,
  accountId: true,
  seq: true,
  actorUserId: true,
  prevHash: true,
  hash: true,
  chainVersion: true,
} as const;

type Walk = { events: number; head: ChainHead | null; broken: ChainBreak | null };

async function verifyAccount(
  client: DbClient,
  accountId: string,
  options: Required<Pick<VerifyOptions, "key" | "batchSize">> & { anchor?: ChainHead },
): Promise<Walk> {
  const { key, batchSize, anchor } = options;
  let head: ChainHead | null = null;
  let keyedSeen = false;
  let newest: { id: number; version: number } | null = null;
  let events = 0;
  const lastSeq = () => head?.seq ?? 0;
  for (;;) {
    const batch = await client.auditEvent.findMany({
      where: { accountId, seq: { gt: lastSeq() } },
      orderBy: { seq: "asc" },
      take: batchSize,
      select: chainSelect,
    });
    for (const event of batch) {
      const at = { accountId, seq: event.seq, eventId: event.id };
      const broken = (problem: ChainProblem, expected: string, stored: string): Walk => ({
        events,
        head,
        broken: { ...at, problem, expected, stored },
      });
      if (event.seq !== lastSeq() + 1) {
        return broken("missing_event", `seq ${lastSeq() + 1}`, `seq ${event.seq}`);
      }
      if (event.prevHash !== (head?.hash ?? null)) {
        return broken("prev_hash_mismatch", head?.hash ?? "(none)", event.prevHash ?? "(none)");
      }
      if (event.chainVersion === CHAIN_UNKEYED) {
        // Unkeyed events are history from before the audit key. One after a keyed event, or
        // past an anchor (anchors are only taken since the key exists), was written later by
        // someone imitating the old scheme.
        if (keyedSeen)
          return broken("unkeyed_after_keyed", `version ${CHAIN_KEYED}`, `version ${CHAIN_UNKEYED}`);
        if (anchor && event.seq > anchor.seq) {
          return broken(
            "unkeyed_after_keyed",
            `version ${CHAIN_KEYED} after anchored seq ${anchor.seq}`,
            `version ${CHAIN_UNKEYED}`,
          );
        }
      } else if (event.chainVersion === CHAIN_KEYED) {
        keyedSeen = true;
      } else {
        return broken(
          "unknown_chain_version",
          `version ${CHAIN_UNKEYED} or ${CHAIN_KEYED}`,
          `version ${event.chainVersion}`,
        );
      }
      const expected: string =
        event.chainVersion === CHAIN_KEYED
          ? eventHash(key, event.prevHash, event)
          : unkeyedEventHash(event.prevHash, event);
      if (expected !== event.hash) return broken("hash_mismatch", expected, event.hash);
      if (anchor && event.seq === anchor.seq && event.hash !== anchor.hash) {
        return broken("anchor_rewritten", anchor.hash, event.hash);
      }
      head = { seq: event.seq, hash: event.hash };
      newest = { id: event.id, version: event.chainVersion };
      events++;
    }
    if (batch.length < batchSize) break;
  }
  // Unkeyed history counts only once a keyed event follows it (the seal written at start):
  // otherwise a whole chain rewritten as unkeyed would pass.
  if (head && newest && newest.version === CHAIN_UNKEYED) {
    return {
      events,
      head,
      broken: {
        accountId,
        seq: head.seq,
        eventId: newest.id,
        problem: "unkeyed_unsealed",
        expected: `a version ${CHAIN_KEYED} event after it`,
        stored: "none",
      },
    };
  }
  if (anchor && lastSeq() < anchor.seq) {
    return {
      events,
      head,
      broken: {
        accountId,
        seq: anchor.seq,
        eventId: null,
        problem: "anchor_truncated",
        expected: `seq ${anchor.seq} (${anchor.hash})`,
        stored: head ? `newest seq ${head.seq}` : "no events",
      },
    };
  }
  return { events, head, broken: null };
}

export async function verifyAuditChain(client: DbClient, options: VerifyOptions): Promise<ChainReport> {
  const batchSize = options.batchSize ?? 1000;
  const anchors = options.anchors ?? {};
  // An anchored account that no longer exists is checked too: its history was removed.
  const accountIds = options.accountId
    ? [options.accountId]
    : [
        ...new Set([
          ...(await client.account.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(
            (a) => a.id,
          ),
          ...Object.keys(anchors).sort(),
        ]),
      ];
  const report: ChainReport = { accounts: accountIds.length, events: 0, breaks: [], heads: {} };
  for (const accountId of accountIds) {
    const walk = await verifyAccount(client, accountId, {
      key: options.key,
      batchSize,
      anchor: anchors[accountId],
    });
    report.events += walk.events;
    if (walk.broken) report.breaks.push(walk.broken);
    else if (walk.head) report.heads[accountId] = walk.head;
  }
  return report;
}

const PROBLEM_TEXT: Record<ChainProblem, string> = {
  missing_event: "an event is missing before this one",
  prev_hash_mismatch: "its link to the previous event does not match",
  hash_mismatch: "its content does not match its hash (altered)",
  unkeyed_after_keyed: "an unkeyed event written after the audit key was in use (forged)",
  unkeyed_unsealed:
    "no keyed event follows the unkeyed ones (start Keyward once to seal them, or the chain was rewritten without the key)",
  unknown_chain_version: "its chain version is unknown (altered)",
  anchor_truncated: "events present when the anchor was taken are gone (newest events removed)",
  anchor_rewritten: "the anchored event was rewritten since the anchor was taken",
};

export function describeChainReport(report: ChainReport): string[] {
  if (report.breaks.length === 0) {
    return [`chain intact: ${report.events} events in ${report.accounts} account(s)`];
  }
  return report.breaks.map(
    (b) =>
      `chain broken: account ${b.accountId}, seq ${b.seq}, event id ${b.eventId ?? "(none)"}: ${PROBLEM_TEXT[b.problem]}; expected ${b.expected}, stored ${b.stored}`,
  );
}
