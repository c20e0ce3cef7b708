import { EventEmitter } from "node:events";
import type { Channel, ClusterMessage } from "./channel";

// Two ends of an in-memory IPC link for tests: what one end sends, the other hears on a
// later turn, as with a real channel. `cut` drops everything sent from then on.
export function channelPair(): {
  worker: Channel;
  primary: Channel;
  cut: () => void;
  sent: ClusterMessage[];
} {
  const workerSide = new EventEmitter();
  const primarySide = new EventEmitter();
  const sent: ClusterMessage[] = [];
  let open = true;
  const end = (own: EventEmitter, other: EventEmitter): Channel => ({
    send: (message) => {
      sent.push(message);
      if (open) setImmediate(() => other.emit("message", structuredClone(message)));
      return open;
    },
    on: (event, listener) => own.on(event, listener),
    off: (event, listener) => own.off(event, listener),
  });
  return {
    worker: end(workerSide, primarySide),
    primary: end(primarySide, workerSide),
    cut: () => {
      open = false;
    },
    sent,
  };
}
