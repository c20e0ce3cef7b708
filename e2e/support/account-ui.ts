import { expect, type Page } from "@playwright/test";

export const CHANGE_PASSWORD_PATH = "/settings/account/password";

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

// Fills the change-password form; the caller checks the outcome.
export async function submitPasswordChange(page: Page, current: string, next: string, confirm = next) {
  await page.getByLabel("Current password", { exact: true }).fill(current);
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("Confirm new password", { exact: true }).fill(confirm);
  await page.getByRole("button", { name: "Change password" }).click();
}

// A person who signed in with an initial password lands on the change-password page; after
// the change every session has ended, so they sign in again with their own password.
export async function replaceInitialPassword(page: Page, email: string, initial: string, own: string) {
  await expect(page).toHaveURL(new RegExp(`${CHANGE_PASSWORD_PATH}$`));
  await submitPasswordChange(page, initial, own);
  await page.getByRole("button", { name: "Sign in again" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, email, own);
  await expect(page).not.toHaveURL(new RegExp(CHANGE_PASSWORD_PATH));
}
