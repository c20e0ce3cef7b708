import { onCommit } from "@/lib/db/after-commit";
import { isClusterMessage, type Channel } from "./channel";

// Worker side. Each of this worker's commits is told to the primary, which tells the other
// workers; a sibling's commit empties this worker's cache at once, as its own does. The
// database poll (or LISTEN/NOTIFY) stays the bound for other instances. Returns the
// function that stops relaying.
export function relaySiblingChanges(channel: Channel, invalidate: () => void): () => void {
  const stopTelling = onCommit(() => channel.send({ keyward: "changed" }));
  const hear = (message: unknown) => {
    if (isClusterMessage(message, "changed")) invalidate();
  };
  channel.on("message", hear);
  return () => {
    stopTelling();
    channel.off("message", hear);
  };
}

// Primary side: a change heard from one worker goes to every other one.
export function forwardChanges(from: Channel, siblings: () => Iterable<Channel>): void {
  from.on("message", (message) => {
    if (!isClusterMessage(message, "changed")) return;
    for (const sibling of siblings()) {
      if (sibling !== from) sibling.send({ keyward: "changed" });
    }
  });
}
