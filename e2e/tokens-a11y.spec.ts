import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/e2e-env";
import { API_PATH, card, menuButton, takeSecret, uniqueName } from "./support/tokens-ui";

// axe on the API page and its dialogs, in the states a user meets them.
// Reduced motion: a toast fading in is, for a few frames, half-transparent text that axe
// rightly measures as low contrast; at rest it passes. The check is about the resting state.
test.use({ storageState: storageStateFor("administrator"), reducedMotion: "reduce" });

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// Every rule, best practices included, unless `wcagOnly`: an open menu's popper lives in a
// portal outside the landmarks, which only the best-practice "region" rule minds.
async function expectNoViolations(page: Page, wcagOnly = false) {
  const builder = new AxeBuilder({ page });
  const { violations } = await (wcagOnly ? builder.withTags(WCAG_AA) : builder).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("the API page, the create dialog and the secret view have no axe violations", async ({ page }) => {
  await page.goto(API_PATH);
  await expect(page.getByRole("heading", { name: "API", exact: true })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole("button", { name: "Create access token" }).click();
  const form = page.getByRole("dialog", { name: "Create access token" });
  await expect(form).toBeVisible();
  await expectNoViolations(page);

  // With field errors shown.
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByText("Enter a name")).toBeVisible();
  await expectNoViolations(page);

  const name = uniqueName("Accessible");
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Check all").check();
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("dialog", { name: "Copy your new token" })).toBeVisible();
  await expectNoViolations(page);
  await takeSecret(page);

  await menuButton(page, name).click();
  await expect(page.getByRole("menu")).toBeVisible();
  await expectNoViolations(page, true);
  await page.getByRole("menuitem", { name: "Reset" }).click();
  await expect(page.getByRole("dialog", { name: `Reset ${name}?` })).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press("Escape");
  await expect(menuButton(page, name)).toBeFocused();
  await expect(card(page, name)).toBeVisible();
});

test("the card menu works from the keyboard", async ({ page }) => {
  await page.goto(API_PATH);
  const first = page.getByRole("button", { name: /^More actions for / }).first();
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Edit", exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(first).toBeFocused();
});
