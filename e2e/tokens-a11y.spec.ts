import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { storageStateFor } from "./support/e2e-env";
import { runScript } from "./support/run-script";
import { API_PATH, card, menuButton, takeSecret, uniqueName } from "./support/tokens-ui";

// axe on the API page and its dialogs, in the states a user meets them.
test.use({ storageState: storageStateFor("administrator") });

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

// On a token of its own (an enabled one, whose menu starts with Edit), whatever other
// specs left at the top of the list; the pointer is parked away from where the menu opens.
test("the card menu works from the keyboard", async ({ page }) => {
  const label = uniqueName("Keyboard");
  runScript("e2e/support/seed-tokens-script.ts", ["filters", label]);
  await page.goto(`${API_PATH}?q=${encodeURIComponent(`${label} fresh`)}`);
  await page.mouse.move(0, 0);
  const button = menuButton(page, `${label} fresh`);
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Edit", exact: true })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Duplicate", exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(button).toBeFocused();
});
