import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Tally } from "./hostile-case";
import { SECURITY_DATA_DIR, TALLY_FILE } from "./security-env";

// The suite's counts, printed at the end of every run (README, "Tests").
export default function globalTeardown(): void {
  const tallies = existsSync(TALLY_FILE)
    ? readFileSync(TALLY_FILE, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Tally)
    : [];
  const serverLog = path.join(SECURITY_DATA_DIR, "server.log");
  // Next.js logs an action or route that threw with "⨯"; the client only sees a digest.
  const serverErrors = existsSync(serverLog)
    ? readFileSync(serverLog, "utf8")
        .split("\n")
        .filter((line) => line.includes("⨯")).length
    : 0;
  const count = (test: (t: Tally) => boolean) => tallies.filter(test).length;
  console.log(
    [
      "",
      "security suite:",
      `  hostile inputs tried: ${tallies.length}`,
      `  responses 500:        ${count((t) => t.status === 500)}`,
      `  responses 5xx:        ${count((t) => t.status >= 500)}`,
      `  internals in a body:  ${count((t) => t.leaked)}`,
      `  rows changed:         ${tallies.reduce((sum, t) => sum + t.changed, 0)}`,
      `  server errors logged: ${serverErrors}`,
      "",
    ].join("\n"),
  );
}
