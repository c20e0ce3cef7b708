import { fork } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { projectModule } from "@/tests/support/v8-natives";
import { dropUnwritableOutput } from "./unwritable-output";

const root = path.resolve(import.meta.dirname, "..", "..");
let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

// A process like the server: Next.js's handler logs every uncaught exception to stderr. Once
// its parent has closed both pipes it logs a few lines, then writes how many uncaught
// exceptions it saw to a file and exits.
async function uncaughtAfterPipesClose(
  withTheFix: boolean,
): Promise<{ uncaught: number; code: number | null }> {
  scratch = mkdtempSync(path.join(tmpdir(), "keyward-output-"));
  const counted = path.join(scratch, "uncaught.txt");
  const child = path.join(scratch, "child.mjs");
  writeFileSync(
    child,
    `import { writeFileSync } from "node:fs";
    ${withTheFix ? `const { dropUnwritableOutput } = await import(${JSON.stringify(projectModule("lib/server/unwritable-output.ts"))}); dropUnwritableOutput();` : ""}
    let uncaught = 0;
    process.on("uncaughtException", (reason) => { uncaught++; console.error(reason); });
    process.on("message", () => {
      for (let i = 0; i < 5; i++) { console.log("line " + i); console.error("error " + i); }
      setTimeout(() => { writeFileSync(${JSON.stringify(counted)}, String(uncaught)); process.exit(0); }, 300);
    });
    process.send("ready");`,
  );
  const running = fork(child, [], {
    cwd: root,
    execArgv: ["--import", "./scripts/hooks/register.mjs", "--import", "tsx"],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the child did not exit")), 30_000);
    running.once("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
    running.once("message", () => {
      running.stdout?.destroy();
      running.stderr?.destroy();
      running.send("go");
    });
  });
  return { uncaught: Number(readFileSync(counted, "utf8")), code };
}

describe("dropUnwritableOutput", () => {
  it("keeps closed pipes from feeding uncaught exceptions into a handler that logs them", async () => {
    // The loop it prevents, seen first, so this test cannot pass for want of one.
    expect((await uncaughtAfterPipesClose(false)).uncaught).toBeGreaterThan(10);
    expect(await uncaughtAfterPipesClose(true)).toEqual({ uncaught: 0, code: 0 });
  }, 60_000);

  it("says once on the other stream when a write fails for another reason than a closed pipe", () => {
    const failing = (code: string) =>
      new Writable({
        write: (_chunk, _encoding, done) => done(Object.assign(new Error("write failed"), { code })),
      });
    const said: string[] = [];
    const err = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        said.push(chunk.toString());
        done();
      },
    });
    const out = failing("ENOSPC");
    dropUnwritableOutput({ out, err });
    out.write("one\n");
    out.write("two\n");
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        expect(said).toEqual(["keyward: writing to stdout failed (ENOSPC); its lines are dropped\n"]);
        const closed = failing("EPIPE");
        dropUnwritableOutput({ out: closed, err });
        closed.write("three\n");
        setImmediate(() => {
          expect(said).toHaveLength(1);
          resolve();
        });
      }),
    );
  });
});
