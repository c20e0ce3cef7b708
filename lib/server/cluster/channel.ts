// The IPC link between the primary and one worker, as the cluster module gives it on both
// sides (`process` in a worker, a `Worker` in the primary); tests pass an in-memory pair.
export type Channel = {
  send: (message: ClusterMessage) => unknown;
  on: (event: "message", listener: (message: unknown) => void) => unknown;
  off: (event: "message", listener: (message: unknown) => void) => unknown;
};

export type ClusterMessage =
  // A worker committed a change: the others empty their verification caches.
  | { keyward: "changed" }
  // A worker's failure limiter charges client groups to the primary's counts (those of one
  // turn of its event loop), and hears whether each is over the limit, in the same order.
  | { keyward: "limit"; id: number; keys: string[] }
  | { keyward: "limited"; id: number; outcomes: { blocked: boolean; msBeforeNext: number }[] }
  // The primary asks a worker to stop as on SIGTERM.
  | { keyward: "drain" };

export function isClusterMessage<K extends ClusterMessage["keyward"]>(
  message: unknown,
  kind: K,
): message is Extract<ClusterMessage, { keyward: K }> {
  return (
    typeof message === "object" && message !== null && (message as { keyward?: unknown }).keyward === kind
  );
}

// This worker's link to its primary, or undefined outside a cluster worker.
export function primaryChannel(): Channel | undefined {
  const send = process.send?.bind(process);
  if (!send || process.env.KEYWARD_CLUSTER_WORKER !== "1") return undefined;
  return {
    send: (message) => send(message),
    on: (event, listener) => process.on(event, listener),
    off: (event, listener) => process.off(event, listener),
  };
}
