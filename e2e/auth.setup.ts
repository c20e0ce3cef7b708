import { expect, test as setup } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { E2E_PASSWORD, E2E_USERS, storageStateFor, type E2ERole } from "./support/e2e-env";
import { runScript } from "./support/run-script";

setup("seed users", () => {
  runScript("e2e/support/seed-e2e.ts");
});

// Sign in once per role and keep the session for the tests (storageState).
for (const role of Object.keys(E2E_USERS) as E2ERole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    mkdirSync("e2e/.auth", { recursive: true });
    await page.goto("/login");
    await page.getByLabel("Email").fill(E2E_USERS[role]);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).not.toHaveURL(/\/login/);
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
