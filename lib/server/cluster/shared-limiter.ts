import { RateLimiterRes } from "rate-limiter-flexible";
import type { Consume } from "@/lib/verification/failure-limiter";
import { isClusterMessage, type Channel } from "./channel";

// On SQLite with several workers, failure counts live in the primary, in one bounded
// memory limiter: an attacker's guesses count the same whichever worker takes them.

// Worker side: a Consume that asks the primary. It rejects with a RateLimiterRes when the
// group is over the limit (as the other stores do), and with an Error when the primary does
// not answer within timeoutMs, which the limiter treats as an unavailable store: fail open.
export function consumeThroughPrimary(channel: Channel, timeoutMs: number): Consume {
  let nextId = 0;
  const waiting = new Map<number, { resolve: () => void; reject: (outcome: unknown) => void }>();
  channel.on("message", (message) => {
    if (!isClusterMessage(message, "limited")) return;
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.blocked) pending.reject(new RateLimiterRes(0, message.msBeforeNext));
    else pending.resolve();
  });
  return (key) =>
    new Promise<void>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`the primary process did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      const settle =
        <T>(done: (value: T) => void) =>
        (value: T) => {
          clearTimeout(timer);
          done(value);
        };
      waiting.set(id, { resolve: settle(resolve), reject: settle(reject) });
      channel.send({ keyward: "limit", id, key });
    });
}

// Primary side: answers one worker's charges from the shared counts.
export function answerLimits(worker: Channel, consume: Consume): void {
  worker.on("message", (message) => {
    if (!isClusterMessage(message, "limit")) return;
    const { id } = message;
    consume(message.key).then(
      () => worker.send({ keyward: "limited", id, blocked: false, msBeforeNext: 0 }),
      (outcome: unknown) =>
        worker.send({
          keyward: "limited",
          id,
          blocked: outcome instanceof RateLimiterRes,
          msBeforeNext: outcome instanceof RateLimiterRes ? outcome.msBeforeNext : 0,
        }),
    );
  });
}
