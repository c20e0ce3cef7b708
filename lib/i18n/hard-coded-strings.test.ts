import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule that keeps converted screens on the catalogs (eslint.config.mjs), proved on
// a probe: it must flag literal text and read attributes in any page or component.
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

const PROBE = `
import { MEMBERS_PAGE } from "./messages";
export function Probe({ name }: { name: string }) {
  return (
    <section aria-label={\`Account: \${name}\`} className="p-2" id="probe">
      <h1 title="Members">Members of the account</h1>
      <span>Keyward</span>
      {MEMBERS_PAGE.title}
    </section>
  );
}
`;

async function problems(filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(PROBE, { filePath });
  return (result?.messages ?? []).map((message) => `${message.line}:${message.ruleId}`);
}

describe("hard-coded user-facing strings", () => {
  it("are refused in a converted screen: text, read attributes, templates and English message modules", async () => {
    expect(await problems("app/(console)/settings/members/_components/probe.tsx")).toEqual([
      "2:no-restricted-imports",
      "5:i18next/no-literal-string",
      "6:i18next/no-literal-string",
      "6:i18next/no-literal-string",
    ]);
  }, 60_000);

  it("are refused in a shared component too", async () => {
    expect(await problems("components/ui/probe.tsx")).toContain("6:i18next/no-literal-string");
  }, 60_000);

  it("are refused on the API page and the audit log too", async () => {
    expect(await problems("app/(console)/settings/technical/api/_components/probe.tsx")).toContain(
      "6:i18next/no-literal-string",
    );
    expect(await problems("app/(console)/settings/technical/api/page.tsx")).toContain(
      "2:no-restricted-imports",
    );
    expect(await problems("app/(console)/settings/technical/api/audit/_components/probe.tsx")).toContain(
      "6:i18next/no-literal-string",
    );
  }, 60_000);
});
