import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// Every rule, best practices included, unless `wcagOnly`: an open menu's popper lives in a
// portal outside the landmarks, which only the best-practice "region" rule minds.
// Checked at rest, with reduced motion: a toast fading in is, for a few frames,
// half-transparent text that axe rightly measures as low contrast (CI once caught one).
// At rest also means with its title: while a server action's refresh streams the page's
// metadata back in, the document has no <title> for a moment (CI once caught one). A page
// that never gets one still fails here.
export async function expectNoViolations(page: Page, wcagOnly = false): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  await page.emulateMedia({ reducedMotion: "reduce" });
  const builder = new AxeBuilder({ page });
  const { violations } = await (wcagOnly ? builder.withTags(WCAG_AA) : builder).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}
