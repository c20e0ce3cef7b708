import type { Writable } from "node:stream";

// When whatever reads the server's output goes away (the other end of a pipe closed: a log
// collector restarted, `npm start | tee` stopped), every write to stdout or stderr fails
// with EPIPE. Unheard, each failure is an uncaught exception, and Next.js's handler for those
// logs it to stderr, which fails again: the server spun at a full core in that loop and
// never finished its shutdown. Output that cannot be written is dropped instead; the server
// goes on serving and stops when asked. Any other failure (a full disk under a redirected
// stdout) is said once on the other stream, then that stream's lines are dropped too.
export function dropUnwritableOutput(
  streams: { out: Writable; err: Writable } = { out: process.stdout, err: process.stderr },
): void {
  const pairs = [
    { stream: streams.out, name: "stdout", other: streams.err },
    { stream: streams.err, name: "stderr", other: streams.out },
  ];
  for (const { stream, name, other } of pairs) {
    let told = false;
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (told || error.code === "EPIPE") return;
      told = true;
      other.write(
        `keyward: writing to ${name} failed (${error.code ?? "unknown error"}); its lines are dropped\n`,
      );
    });
  }
}
