import path from "node:path";
import { defineConfig } from "@playwright/test";
import { SECURITY_BASE_URL, SECURITY_SERVER_ENV } from "./support/security-env";

const root = path.resolve(import.meta.dirname, "../..");

// The hostile-input suite (README, "Tests"): every server action, route handler and
// verification endpoint of the production build, over real HTTP, as real users. No browser is
// needed: the suite speaks HTTP itself, as a browser (or an attacker) would. One worker, so
// each case's before/after row counts see only that case.
export default defineConfig({
  testDir: ".",
  // The crash test (issue 12.8's second half) runs its own server it can kill.
  testIgnore: ["crash/**"],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // The whole suite, server start and build check included, is bounded.
  globalTimeout: 20 * 60_000,
  reporter: [["list"]],
  outputDir: path.join(root, "test-results/security"),
  globalSetup: "./support/global-setup.ts",
  globalTeardown: "./support/global-teardown.ts",
  projects: [
    { name: "security-setup", testMatch: /security\.setup\.ts/ },
    { name: "security", testMatch: /.*\.spec\.ts/, dependencies: ["security-setup"] },
  ],
  webServer: {
    command:
      "rm -rf tests/security/.data && mkdir -p tests/security/.data && npm start 2>&1 | tee tests/security/.data/server.log",
    cwd: root,
    url: `${SECURITY_BASE_URL}/login`,
    reuseExistingServer: false,
    timeout: 600_000,
    env: SECURITY_SERVER_ENV,
    stdout: "ignore",
    stderr: "pipe",
  },
});
