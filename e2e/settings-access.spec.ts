import { expect, test } from "@playwright/test";
import { storageStateFor, type E2ERole } from "./support/e2e-env";

// Each role's access to each settings page, decided on the server: the response status is
// checked, not only what the page shows.
const MATRIX: Array<{ role: E2ERole; path: string; allowed: boolean }> = [
  { role: "administrator", path: "/settings/technical/api", allowed: true },
  { role: "administrator", path: "/settings/members", allowed: true },
  { role: "implementation_specialist", path: "/settings/technical/api", allowed: true },
  { role: "implementation_specialist", path: "/settings/members", allowed: false },
  { role: "support_staff", path: "/settings/technical/api", allowed: true },
  { role: "support_staff", path: "/settings/members", allowed: false },
  { role: "member", path: "/settings/technical/api", allowed: false },
  { role: "member", path: "/settings/members", allowed: false },
  { role: "administrator", path: "/settings/technical/webhooks", allowed: true },
  { role: "implementation_specialist", path: "/settings/technical/webhooks", allowed: true },
  { role: "support_staff", path: "/settings/technical/webhooks", allowed: true },
  { role: "member", path: "/settings/technical/webhooks", allowed: false },
];

for (const { role, path, allowed } of MATRIX) {
  test.describe(() => {
    test.use({ storageState: storageStateFor(role) });
    test(`${role} ${allowed ? "may" : "may not"} open ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      if (allowed) {
        expect(response?.status()).toBe(200);
        await expect(page.getByText("You don’t have access to this page")).toHaveCount(0);
      } else {
        expect(response?.status()).toBe(403);
        await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
      }
    });
  });
}

test("a visitor without a session is sent to sign in", async ({ page }) => {
  await page.goto("/settings/technical/api");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test.describe("a member", () => {
  test.use({ storageState: storageStateFor("member") });
  test("lands on the settings overview after signing in, not on a refusal", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByText("has no settings to manage")).toBeVisible();
  });

  test("sees no API or Members entry in the settings navigation", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByText("has no settings to manage")).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Settings" });
    await expect(nav.getByRole("link", { name: "API" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Members" })).toHaveCount(0);
    // Their own password is the one thing every signed-in person manages.
    await expect(nav.getByRole("link")).toHaveText(["Password"]);
  });
});

test.describe("someone in two accounts", () => {
  test.use({ storageState: storageStateFor("implementation_specialist") });
  test("switches account, and their role follows the account", async ({ page }) => {
    await page.goto("/settings/technical/api");
    await page.getByRole("button", { name: "Account: E2E Org" }).click();
    await page.getByRole("menuitem", { name: "Other Org" }).click();
    await expect(page.getByRole("button", { name: "Account: Other Org" })).toBeVisible();
    // In the other account the same person is support staff.
    const members = await page.goto("/settings/members");
    expect(members?.status()).toBe(403);
    await page.goto("/settings/technical/api");
    await page.getByRole("button", { name: "Account: Other Org" }).click();
    await page.getByRole("menuitem", { name: "E2E Org" }).click();
    await expect(page.getByRole("button", { name: "Account: E2E Org" })).toBeVisible();
  });
});
