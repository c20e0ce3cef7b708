import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL, E2E_SERVER_ENV } from "./e2e/support/e2e-env";

// End-to-end tests drive Debian's Chromium (Playwright's own browser download is not
// reachable here) against the production build served by the real start command.
export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.KEYWARD_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup"],
      testIgnore: [/.*\.setup\.ts/, /.*\.teardown\.ts/],
      teardown: "secret-scan",
    },
    // After every browser test: no secret the tests were shown may be in the database file,
    // the server log or a saved page.
    { name: "secret-scan", testMatch: /.*\.teardown\.ts/ },
  ],
  webServer: {
    // Every run starts from an empty database, so runs never see each other's leftovers;
    // the server's output is kept in e2e/.data/server.log for the secret scan.
    command:
      "rm -f e2e/.data/keyward-e2e.db* && mkdir -p e2e/.data && npm start 2>&1 | tee e2e/.data/server.log",
    url: `${E2E_BASE_URL}/login`,
    reuseExistingServer: false,
    timeout: 600_000,
    env: E2E_SERVER_ENV,
    stdout: "pipe",
    stderr: "pipe",
  },
});
