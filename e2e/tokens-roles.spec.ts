import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/e2e-env";
import { runScript } from "./support/run-script";
import {
  API_PATH,
  card,
  chooseFromMenu,
  createToken,
  takeSecret,
  toast,
  uniqueName,
  verdictsOf,
} from "./support/tokens-ui";

// What each role may do on the API page. The server refuses on its own (integration tests
// call the actions directly); here the screen must not offer what the role cannot do.
const seeded = uniqueName("Visible to all");

test.beforeAll(() => {
  runScript("e2e/support/seed-tokens-script.ts", ["filters", seeded]);
});

test.describe("support staff", () => {
  test.use({ storageState: storageStateFor("support_staff") });

  test("sees the tokens, read-only", async ({ page }) => {
    const response = await page.goto(`${API_PATH}?q=${encodeURIComponent(seeded)}`);
    expect(response?.status()).toBe(200);
    await expect(card(page, `${seeded} fresh`)).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(7);
    await expect(page.getByRole("button", { name: "Create access token" })).toHaveCount(0);
    // The card menu holds only History (the audit log), nothing that changes the token.
    await page.getByRole("button", { name: `More actions for ${seeded} fresh`, exact: true }).click();
    await expect(page.getByRole("menuitem")).toHaveText(["History"]);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("switch", { name: "API access" })).toBeDisabled();
    await expect(page.getByText("You can see tokens and their status.")).toBeVisible();
  });
});

test.describe("a member", () => {
  test.use({ storageState: storageStateFor("member") });

  test("is refused the page", async ({ page }) => {
    const response = await page.goto(API_PATH);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("article")).toHaveCount(0);
  });
});

test.describe("an implementation specialist", () => {
  test.use({ storageState: storageStateFor("implementation_specialist") });

  test("manages tokens but is not offered No expiration", async ({ page }) => {
    await page.goto(API_PATH);
    await page.getByRole("button", { name: "Create access token" }).click();
    const expiration = page.getByRole("dialog", { name: "Create access token" }).getByLabel("Expiration");
    await expect(expiration.getByRole("option", { name: "No expiration" })).toHaveCount(0);
    await page.keyboard.press("Escape");
    const name = uniqueName("Specialist");
    await createToken(page, name);
    await expect(card(page, name)).toContainText("Enabled");
  });
});

test.describe("an implementation specialist duplicating a never-expiring token", () => {
  test.use({ storageState: storageStateFor("implementation_specialist") });

  test("must choose an expiry within their limit, proposed at the maximum", async ({ page, browser }) => {
    const name = uniqueName("Forever source");
    const admin = await browser.newContext({ storageState: storageStateFor("administrator") });
    const adminPage = await admin.newPage();
    await adminPage.goto(API_PATH);
    await adminPage.getByRole("button", { name: "Create access token" }).click();
    const form = adminPage.getByRole("dialog", { name: "Create access token" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Leads").check();
    await form.getByLabel("Expiration").selectOption({ label: "No expiration" });
    await form.getByRole("button", { name: "Create token" }).click();
    await takeSecret(adminPage);
    await admin.close();

    await page.goto(`${API_PATH}?q=${encodeURIComponent(name)}`);
    await chooseFromMenu(page, name, "Duplicate");
    const dialog = page.getByRole("dialog", { name: `Duplicate ${name}` });
    const expiration = dialog.getByLabel("Expiration", { exact: true });
    // Neither "No expiration" nor "Same as the original" is offered.
    await expect(expiration.getByRole("option")).toHaveText([
      "7 days",
      "30 days",
      "60 days",
      "90 days",
      "1 year",
      "Custom date",
    ]);
    await expect(expiration).toHaveValue("1y");
    await expect(expiration).toHaveAccessibleDescription("Tokens you create can last at most 365 days.");
    await expiration.selectOption({ label: "Custom date" });
    await expect(dialog.getByLabel("Expiration date")).toHaveAttribute("max", /^\d{4}-\d{2}-\d{2}$/);
    await expiration.selectOption({ label: "1 year" });
    await dialog.getByRole("button", { name: "Create copy" }).click();
    await takeSecret(page);
    await expect(toast(page, "Token duplicated")).toBeVisible();
    const copy = card(page, `${name} (copy)`);
    await expect(copy).toBeVisible();
    await expect(copy).not.toContainText("No expiration");
    await expect(card(page, name)).toContainText("No expiration");
  });
});

test.describe("an administrator", () => {
  test.use({ storageState: storageStateFor("administrator") });

  test("turns API access off and on; verification follows at once", async ({ page }) => {
    await page.goto(API_PATH);
    const secret = await createToken(page, uniqueName("Access switch"));
    const toggle = page.getByRole("switch", { name: "API access" });
    await expect(toggle).toBeChecked();
    await toggle.click();
    await expect(toast(page, "API access turned off")).toBeVisible();
    await expect(toggle).not.toBeChecked();
    expect(verdictsOf([secret])).toEqual(["api_access_off"]);
    await page.reload();
    await expect(page.getByRole("switch", { name: "API access" })).not.toBeChecked();
    await page.getByRole("switch", { name: "API access" }).click();
    await expect(toast(page, "API access turned on")).toBeVisible();
    await expect(page.getByRole("switch", { name: "API access" })).toBeChecked();
    expect(verdictsOf([secret])).toEqual(["ok"]);
  });

  test("may choose No expiration, with a warning", async ({ page }) => {
    await page.goto(API_PATH);
    await page.getByRole("button", { name: "Create access token" }).click();
    const form = page.getByRole("dialog", { name: "Create access token" });
    await form.getByLabel("Expiration").selectOption({ label: "No expiration" });
    await expect(form.getByRole("note")).toContainText("A token without expiration stays valid");
    const name = uniqueName("Forever");
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Leads").check();
    await form.getByRole("button", { name: "Create token" }).click();
    await takeSecret(page);
    await expect(card(page, name)).toContainText("No expiration");
  });
});
