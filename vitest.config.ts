import path from "node:path";
import { defineConfig } from "vitest/config";

const shared = {
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests are server code: the server-only marker resolves to its empty variant.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "components/**/*.test.ts",
            "scripts/**/*.test.ts",
            "bench/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      ...(["sqlite", "postgresql"] as const).map((provider) => ({
        ...shared,
        test: {
          name: `integration-${provider}`,
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/support/global-setup.ts"],
          setupFiles: ["tests/integration/support/setup-env.ts"],
          // Files share the run's database but each test makes its own account; files run one
          // after another so the two cores are not shared by several argon2 runs at once.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      })),
      // The crash test (tests/security/crash): a real production server killed with -9
      // mid-traffic. Needs a build; run after the end-to-end tests, which make one.
      {
        ...shared,
        test: {
          name: "crash",
          include: ["tests/security/crash/**/*.test.ts"],
          environment: "node",
          testTimeout: 10 * 60_000,
          hookTimeout: 25 * 60_000,
        },
      },
    ],
  },
});
