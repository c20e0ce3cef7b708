// A counting semaphore with a bounded wait queue. Password hashing is deliberately costly
// (argon2id, 19 MiB each), so a burst of sign-ins must not run unboundedly many at once:
// beyond the queue, or after waiting too long, a caller is told the server is busy.

export class GateBusyError extends Error {
  constructor() {
    super("The gate's queue is full");
    this.name = "GateBusyError";
  }
}

export type GateOptions = { concurrency: number; maxQueue: number; maxWaitMs: number };

export type ConcurrencyGate = {
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly waiting: number;
};

type Waiter = { admit: () => void; timer: ReturnType<typeof setTimeout> };

export function createConcurrencyGate({ concurrency, maxQueue, maxWaitMs }: GateOptions): ConcurrencyGate {
  let active = 0;
  const queue: Waiter[] = [];

  function acquire(): Promise<void> {
    if (active < concurrency) {
      active++;
      return Promise.resolve();
    }
    if (queue.length >= maxQueue) return Promise.reject(new GateBusyError());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        admit: resolve,
        timer: setTimeout(() => {
          queue.splice(queue.indexOf(waiter), 1);
          reject(new GateBusyError());
        }, maxWaitMs),
      };
      queue.push(waiter);
    });
  }

  // The slot passes straight to the next waiter, so a newcomer cannot overtake the queue.
  function release(): void {
    const next = queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.admit();
    } else {
      active--;
    }
  }

  return {
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
