import type { Writable } from "node:stream";

// When whatever reads the server's output goes away (the other end of a pipe closed: a log
// collector restarted, `npm start | tee` stopped), every later write to stdout or stderr
// fails with EPIPE. Unheard, each failure is an uncaught exception, and Next.js's handler for
// those logs it to stderr, which fails again: the server spun at a full core in that loop and
// never finished its shutdown. Output that cannot be written is dropped instead; the server
// goes on serving and stops when asked.
export function dropUnwritableOutput(streams: readonly Writable[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) stream.on("error", () => undefined);
}
