import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/e2e-env";
import {
  API_PATH,
  card,
  chooseFromMenu,
  createToken,
  expectNoSecretInPage,
  menuButton,
  takeSecret,
  toast,
  uniqueName,
  verdicts,
  verdictsOf,
} from "./support/tokens-ui";

// Each action of a card's "More actions" menu, as a user does it: what the card shows
// afterwards, what verification answers for the old and new secrets, the toast, and where
// focus lands when the dialog closes.
test.use({ storageState: storageStateFor("administrator") });

const HOUR = 60 * 60 * 1000;

async function freshToken(page: Page, label: string) {
  const name = uniqueName(label);
  await page.goto(API_PATH);
  const secret = await createToken(page, name);
  return { name, secret };
}

async function expectFocusBackOn(page: Page, name: string) {
  await expect(menuButton(page, name)).toBeFocused();
}

test("reset without grace: the old secret stops working at once", async ({ page }) => {
  const { name, secret } = await freshToken(page, "Reset now");
  const hintBefore = await card(page, name).getByRole("button", { name: /^kw_/ }).textContent();
  await chooseFromMenu(page, name, "Reset");
  const dialog = page.getByRole("dialog", { name: `Reset ${name}?` });
  await expect(dialog.getByLabel("Keep the old secret valid for")).toHaveValue("none");
  await dialog.getByRole("button", { name: "Reset token" }).click();
  const fresh = await takeSecret(page);
  await expect(toast(page, "Token reset")).toBeVisible();
  await expectFocusBackOn(page, name);
  await expect(card(page, name).getByRole("button", { name: /^kw_/ })).not.toHaveText(hintBefore ?? "");
  await expect(card(page, name).getByRole("button", { name: /^kw_/ })).toHaveText(
    `${fresh.slice(0, 16)}…${fresh.slice(-4)}`,
  );
  expect(verdictsOf([secret, fresh])).toEqual(["unknown", "ok"]);
  await expectNoSecretInPage(page, "after-reset", [secret, fresh]);
});

test("reset with a grace period: the old secret works until the period ends", async ({ page }) => {
  const { name, secret } = await freshToken(page, "Reset grace");
  await chooseFromMenu(page, name, "Reset");
  const dialog = page.getByRole("dialog", { name: `Reset ${name}?` });
  await dialog.getByLabel("Keep the old secret valid for").selectOption({ label: "24 hours" });
  await dialog.getByRole("button", { name: "Reset token" }).click();
  const fresh = await takeSecret(page);
  await expect(toast(page, "Token reset")).toBeVisible();
  await expectFocusBackOn(page, name);
  expect(verdictsOf([secret, fresh])).toEqual(["ok", "ok"]);
  expect(verdictsOf([secret, fresh], new Date(Date.now() + 23 * HOUR))).toEqual(["ok", "ok"]);
  expect(verdictsOf([secret, fresh], new Date(Date.now() + 25 * HOUR))).toEqual(["unknown", "ok"]);
});

test("disable and enable", async ({ page }) => {
  const { name, secret } = await freshToken(page, "Toggle");
  await chooseFromMenu(page, name, "Disable");
  await expect(toast(page, "Token disabled")).toBeVisible();
  await expect(card(page, name)).toContainText("Disabled");
  expect(verdictsOf([secret])).toEqual(["disabled"]);
  await expectFocusBackOn(page, name);

  await chooseFromMenu(page, name, "Enable");
  await expect(toast(page, "Token enabled")).toBeVisible();
  await expect(card(page, name)).toContainText("Enabled");
  expect(verdictsOf([secret])).toEqual(["ok"]);
});

test("revoke asks for confirmation and is final", async ({ page }) => {
  const { name, secret } = await freshToken(page, "Revoke");
  await chooseFromMenu(page, name, "Revoke");
  const dialog = page.getByRole("dialog", { name: `Revoke ${name}?` });
  await expect(dialog).toContainText("Revoking is permanent");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expectFocusBackOn(page, name);
  expect(verdictsOf([secret])).toEqual(["ok"]);

  await chooseFromMenu(page, name, "Revoke");
  await page
    .getByRole("dialog", { name: `Revoke ${name}?` })
    .getByRole("button", { name: "Revoke token" })
    .click();
  await expect(toast(page, "Token revoked")).toBeVisible();
  await expect(card(page, name)).toContainText("Revoked");
  await expectFocusBackOn(page, name);
  expect(verdictsOf([secret])).toEqual(["revoked"]);

  await menuButton(page, name).click();
  for (const item of ["Edit", "Reset", "Update version", "Enable", "Disable", "Revoke"]) {
    const entry = page.getByRole("menuitem", { name: item, exact: true });
    if ((await entry.count()) > 0) await expect(entry).toBeDisabled();
  }
  await page.keyboard.press("Escape");
});

test("delete asks for confirmation and removes the card", async ({ page }) => {
  const { name, secret } = await freshToken(page, "Delete");
  await chooseFromMenu(page, name, "Delete");
  const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
  await dialog.getByRole("button", { name: "Delete token" }).click();
  await expect(toast(page, "Token deleted")).toBeVisible();
  await expect(card(page, name)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "API", exact: true })).toBeFocused();
  expect(verdictsOf([secret])).toEqual(["unknown"]);
  await page.reload();
  await expect(card(page, name)).toHaveCount(0);
});

test("duplicate: a copy with the same rights and its own secret, shown once", async ({ page }) => {
  const { name, secret } = await freshToken(page, "Original");
  await chooseFromMenu(page, name, "Duplicate");
  const dialog = page.getByRole("dialog", { name: `Duplicate ${name}` });
  await expect(dialog.getByLabel("Name")).toHaveValue(`${name} (copy)`);
  await dialog.getByRole("button", { name: "Create copy" }).click();
  const copySecret = await takeSecret(page);
  await expect(toast(page, "Token duplicated")).toBeVisible();
  await expectFocusBackOn(page, name);
  const copy = card(page, `${name} (copy)`);
  await expect(copy).toContainText("Leads, Call logs, Recordings, Reports, Users, Audit log");
  const [original, duplicate] = verdicts([secret, copySecret]);
  expect(original?.startsWith(`ok ${name} `)).toBe(true);
  expect(duplicate?.startsWith(`ok ${name} (copy) `)).toBe(true);
  expect(duplicate?.split(" ").at(-1)).toBe(original?.split(" ").at(-1));
  await expectNoSecretInPage(page, "after-duplicate", [secret, copySecret]);
});

test("update version", async ({ page }) => {
  const { name, secret } = await freshToken(page, "Version");
  await expect(card(page, name)).toContainText("2026-01");
  await chooseFromMenu(page, name, "Update version");
  const dialog = page.getByRole("dialog", { name: `Update version of ${name}` });
  await dialog.getByLabel("API version").selectOption({ label: "2024-01" });
  await dialog.getByRole("button", { name: "Update version" }).click();
  await expect(toast(page, "API version updated")).toBeVisible();
  await expect(card(page, name)).toContainText("2024-01");
  await expectFocusBackOn(page, name);
  expect(verdicts([secret])[0]).toMatch(/^ok .* 2024-01 /);
});

test("edit", async ({ page }) => {
  const { name, secret } = await freshToken(page, "Edit");
  const renamed = `${name} renamed`;
  await chooseFromMenu(page, name, "Edit");
  const dialog = page.getByRole("dialog", { name: `Edit ${name}` });
  await expect(dialog.getByLabel("Name")).toHaveValue(name);
  await dialog.getByLabel("Name").fill(renamed);
  await dialog.getByLabel("Read only").check();
  await dialog.getByLabel("Check all").uncheck();
  await dialog.getByLabel("Reports").check();
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(toast(page, "Token updated")).toBeVisible();
  await expect(card(page, renamed)).toContainText("Read only · Reports");
  await expectFocusBackOn(page, renamed);
  expect(verdicts([secret])).toEqual([
    expect.stringMatching(new RegExp(`^ok ${renamed} \\S+ reports:read$`)),
  ]);
});
