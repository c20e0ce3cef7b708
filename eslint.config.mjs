import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

const NO_PRISMA_IN_APP = {
  group: ["@/lib/db/*", "@prisma/*"],
  message: "Go through a lib/ domain function instead.",
};

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: [
      ".next/**",
      "dist/**",
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
          patterns: [NO_PRISMA_IN_APP],
        },
      ],
    },
  },
  {
    // Nothing left behind (issue 10): a converted screen renders no user-facing literal — no
    // text in its JSX, no words in the attributes people read or hear — and no English
    // constant from a messages module; its words come from messages/<locale>/*.json.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "should-validate-template": true,
          "jsx-attributes": {
            include: [
              "aria-label",
              "aria-description",
              "aria-roledescription",
              "aria-valuetext",
              "title",
              "alt",
              "placeholder",
              "label",
              "description",
              "intro",
              "hint",
              "submitLabel",
            ],
          },
          // The product's name is the same in every language.
          words: { exclude: ["Keyward"] },
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NO_PRISMA_IN_APP,
            {
              group: ["./messages", "../messages", "**/_components/messages", "@/lib/messages/labels"],
              message:
                "Converted screens take their words from the catalogs: useTranslations / getTranslations (labels: the 'labels' namespace).",
            },
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
