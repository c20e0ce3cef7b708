import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/db/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Nothing in app/ or components/ talks to the database directly (STYLE.md).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db/*", "@prisma/*"], message: "Go through a lib/ domain function instead." },
          ],
        },
      ],
    },
  },
  {
    // Lower rooms do not reach up: the data layer and the audit log tell the verification
    // cache about commits through lib/db/after-commit.ts, which it subscribes to.
    files: ["lib/db/**/*.ts", "lib/audit/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/verification/*", "**/verification/*"],
              message: "Subscribe from lib/verification with onCommit (lib/db/after-commit.ts) instead.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
