import { RateLimiterRes } from "rate-limiter-flexible";
import type { Consume } from "@/lib/verification/failure-limiter";
import { isClusterMessage, type Channel } from "./channel";

// On SQLite with several workers, failure counts live in the primary, in one bounded
// memory limiter: an attacker's guesses count the same whichever worker takes them.

// Worker side: a Consume that asks the primary. It rejects with a RateLimiterRes when the
// group is over the limit (as the other stores do), and with an Error when the primary does
// not answer within timeoutMs of the ask, which the limiter treats as an unavailable store:
// fail open. The charges of GATHER_MS go in one message, answered by one, so a refused
// guess waits up to that much longer. A message each cost a round trip between processes
// per refused guess, which made a cluster worker spend 1.37x one process's CPU per request
// where an independent process spent 1.18x (bench:cluster, 10 % unknown tokens; 1.05x and
// 1.16x with none); gathering a turn's charges, 1.30x; gathering 5 ms, 1.09x beside 1.12x.
const GATHER_MS = 5;

export function consumeThroughPrimary(channel: Channel, timeoutMs: number): Consume {
  type Waiting = { resolve: () => void; reject: (outcome: unknown) => void };
  let nextId = 0;
  let gathering: { keys: string[]; waiting: Waiting[] } | undefined;
  const sent = new Map<number, { waiting: Waiting[]; timer: NodeJS.Timeout }>();
  channel.on("message", (message) => {
    if (!isClusterMessage(message, "limited")) return;
    const batch = sent.get(message.id);
    if (!batch) return;
    sent.delete(message.id);
    clearTimeout(batch.timer);
    batch.waiting.forEach((one, index) => {
      const outcome = message.outcomes[index];
      if (!outcome) one.reject(new Error("the primary process answered fewer charges than were sent"));
      else if (outcome.blocked) one.reject(new RateLimiterRes(0, outcome.msBeforeNext));
      else one.resolve();
    });
  });
  const send = () => {
    if (!gathering) return;
    const { keys, waiting } = gathering;
    gathering = undefined;
    const id = nextId++;
    const timer = setTimeout(() => {
      sent.delete(id);
      const late = new Error(`the primary process did not answer within ${timeoutMs} ms`);
      for (const one of waiting) one.reject(late);
    }, timeoutMs);
    sent.set(id, { waiting, timer });
    channel.send({ keyward: "limit", id, keys });
  };
  return (key) =>
    new Promise<void>((resolve, reject) => {
      if (!gathering) {
        gathering = { keys: [], waiting: [] };
        setTimeout(send, GATHER_MS);
      }
      gathering.keys.push(key);
      gathering.waiting.push({ resolve, reject });
    });
}

type Outcome = { blocked: boolean; msBeforeNext: number };

// Primary side: answers one worker's charges from the shared counts, in the order sent.
export function answerLimits(worker: Channel, consume: Consume): void {
  worker.on("message", (message) => {
    if (!isClusterMessage(message, "limit")) return;
    const { id, keys } = message;
    const outcomes = keys.map((key): Promise<Outcome> =>
      consume(key).then(
        () => ({ blocked: false, msBeforeNext: 0 }),
        (outcome: unknown) =>
          outcome instanceof RateLimiterRes
            ? { blocked: true, msBeforeNext: outcome.msBeforeNext }
            : // The store failed: unavailable, not a refusal (the worker fails open).
              { blocked: false, msBeforeNext: 0 },
      ),
    );
    void Promise.all(outcomes).then((answered) =>
      worker.send({ keyward: "limited", id, outcomes: answered }),
    );
  });
}
