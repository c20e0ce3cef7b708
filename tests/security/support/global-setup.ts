import { rmSync } from "node:fs";
import { TALLY_FILE } from "./security-env";

// Each run counts only its own cases.
export default function globalSetup(): void {
  rmSync(TALLY_FILE, { force: true });
}
