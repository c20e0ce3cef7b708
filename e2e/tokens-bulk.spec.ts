import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { storageStateFor } from "./support/e2e-env";
import { runScript } from "./support/run-script";
import {
  API_PATH,
  card,
  createToken,
  expectNoSecretInPage,
  toast,
  uniqueName,
  verdictsOf,
} from "./support/tokens-ui";

// Bulk actions as an administrator cleaning up after a retired integration: three cards
// ticked, revoked in one step, each revocation in the audit log.
const names = ["one", "two", "three"].map((n) => uniqueName(`Retired sync ${n}`));

function toolbar(page: Page) {
  return page.getByRole("region", { name: "Bulk actions" });
}

test.describe("administrator", () => {
  test.use({ storageState: storageStateFor("administrator") });

  test("selects three cards and revokes them in one step", async ({ page }) => {
    // Three tokens made through the dialog and two axe runs: slow on a loaded shared machine.
    test.slow();
    await page.goto(API_PATH);
    const secrets: string[] = [];
    for (const name of names) secrets.push(await createToken(page, name, { toast: false }));

    for (const name of names)
      await page.getByRole("checkbox", { name: `Select ${name}`, exact: true }).check();
    await expect(toolbar(page)).toContainText("3 tokens selected");
    // Enabled tokens: nothing to enable.
    await expect(toolbar(page).getByRole("button", { name: "Enable", exact: true })).toHaveCount(0);
    await expectNoViolations(page);

    await toolbar(page).getByRole("button", { name: "Revoke", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke 3 tokens?" });
    await expect(dialog.getByRole("list", { name: "Tokens concerned" }).getByRole("listitem")).toHaveText(
      [...names].reverse(),
    );
    await expectNoViolations(page, true);
    await dialog.getByRole("button", { name: "Revoke 3 tokens" }).click();

    await expect(toast(page, "3 tokens revoked")).toBeVisible();
    await expect(dialog).toBeHidden();
    const result = page.getByRole("region", { name: "Result of the bulk action" });
    await expect(result.getByRole("list", { name: "Done" }).getByRole("listitem")).toHaveText(
      [...names].reverse(),
    );
    await expect(page.getByRole("heading", { name: "Result of the bulk action" })).toBeFocused();
    for (const name of names) await expect(card(page, name)).toContainText("Revoked");
    expect(verdictsOf(secrets)).toEqual(["revoked", "revoked", "revoked"]);
    await expectNoSecretInPage(page, "after-bulk-revoke", secrets);

    await page.goto(
      `/settings/technical/api/audit?action=token.revoked&tokenName=${encodeURIComponent("Retired sync")}`,
    );
    const rows = page.getByRole("table", { name: "Audit events" }).getByRole("row");
    for (const name of names) await expect(rows.filter({ hasText: name })).toHaveCount(1);
    await page.goto("/settings/technical/api/audit?action=token.bulk_revoked");
    await expect(rows.filter({ hasText: "Tokens revoked in bulk" })).toHaveCount(1);
  });

  test("a mixed selection says what was skipped and why", async ({ page }) => {
    const live = uniqueName("Bulk mixed live");
    const revoked = uniqueName("Bulk mixed revoked");
    await page.goto(API_PATH);
    await createToken(page, live, { toast: false });
    await createToken(page, revoked, { toast: false });
    await page.getByRole("checkbox", { name: `Select ${revoked}`, exact: true }).check();
    await toolbar(page).getByRole("button", { name: "Revoke", exact: true }).click();
    await page
      .getByRole("dialog", { name: "Revoke 1 token?" })
      .getByRole("button", { name: "Revoke 1 token" })
      .click();
    await expect(card(page, revoked)).toContainText("Revoked");

    await page.getByRole("checkbox", { name: `Select ${live}`, exact: true }).check();
    await page.getByRole("checkbox", { name: `Select ${revoked}`, exact: true }).check();
    await toolbar(page).getByRole("button", { name: "Disable", exact: true }).click();
    await page
      .getByRole("dialog", { name: "Disable 2 tokens?" })
      .getByRole("button", { name: "Disable 2 tokens" })
      .click();
    await expect(toast(page, "1 token disabled; 1 skipped")).toBeVisible();
    const result = page.getByRole("region", { name: "Result of the bulk action" });
    await expect(result.getByRole("list", { name: "Skipped" })).toHaveText(
      `${revoked}: revoked tokens cannot be changed`,
    );
    await expect(card(page, live)).toContainText("Disabled");
  });
});

test.describe("support staff", () => {
  test.use({ storageState: storageStateFor("support_staff") });
  const seeded = uniqueName("Bulk read-only");

  test.beforeAll(() => {
    runScript("e2e/support/seed-tokens-script.ts", ["filters", seeded]);
  });

  test("see no checkboxes and no bulk toolbar", async ({ page }) => {
    await page.goto(`${API_PATH}?q=${encodeURIComponent(seeded)}`);
    await expect(page.getByRole("article")).toHaveCount(7);
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await expect(toolbar(page)).toHaveCount(0);
  });
});
