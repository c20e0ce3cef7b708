import { expect, type Page } from "@playwright/test";
import { runScript } from "./run-script";
import { recordSecret, savePageHtml } from "./secret-ledger";

export const API_PATH = "/settings/technical/api";

// Names unique to this run: the end-to-end database survives between runs.
export const RUN = Date.now().toString(36);
export const uniqueName = (label: string) => `${label} ${RUN}`;

export function card(page: Page, name: string) {
  return page.getByRole("article", { name, exact: true });
}

export function menuButton(page: Page, name: string) {
  return page.getByRole("button", { name: `More actions for ${name}`, exact: true });
}

export async function chooseFromMenu(page: Page, name: string, item: string): Promise<void> {
  await menuButton(page, name).click();
  await page.getByRole("menuitem", { name: item, exact: true }).click();
}

export function toast(page: Page, text: string) {
  return page.getByRole("region", { name: /Notifications/ }).getByText(text, { exact: true });
}

// Reads the secret from the one-time dialog (revealing it first) and closes the dialog.
export async function takeSecret(page: Page): Promise<string> {
  const dialog = page.getByRole("dialog", { name: "Copy your new token" });
  await expect(dialog).toBeVisible();
  const field = dialog.getByLabel("Access token");
  await expect(field).toHaveAttribute("type", "password");
  await dialog.getByRole("button", { name: "Show token" }).click();
  await expect(field).toHaveAttribute("type", "text");
  const secret = await field.inputValue();
  expect(secret).toMatch(/^kw_[0-9A-Za-z]{12}_[0-9A-Za-z]{32}$/);
  recordSecret(secret);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  return secret;
}

export async function createToken(
  page: Page,
  name: string,
  // toast: false waits on the card alone; on a busy machine the toast can be gone by the
  // time the secret dialog closes.
  options: { checkAll?: boolean; scope?: string; toast?: boolean } = {},
): Promise<string> {
  await page.getByRole("button", { name: "Create access token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create access token" });
  await dialog.getByLabel("Name").fill(name);
  if (options.scope) await dialog.getByLabel(options.scope).check();
  if (options.checkAll ?? true) await dialog.getByLabel("Check all").check();
  else await dialog.getByLabel("Leads").check();
  await dialog.getByRole("button", { name: "Create token" }).click();
  const secret = await takeSecret(page);
  if (options.toast ?? true) await expect(toast(page, "Token created")).toBeVisible();
  await expect(card(page, name)).toBeVisible();
  return secret;
}

// What verification answers for each token now (or at `now`): "ok …" or the deny reason.
export function verdicts(tokens: string[], now?: Date): string[] {
  const args = now ? [...tokens, "--now", now.toISOString()] : tokens;
  return JSON.parse(runScript("e2e/support/verify-tokens-script.ts", args)) as string[];
}

export function verdictsOf(tokens: string[], now?: Date): string[] {
  return verdicts(tokens, now).map((v) => v.split(" ")[0] ?? v);
}

// The page as served, and as rendered now, must not contain any secret: kept for the
// teardown's scan and checked here at once.
export async function expectNoSecretInPage(page: Page, label: string, secrets: string[]): Promise<void> {
  const rendered = await page.content();
  const served = await (await page.request.get(page.url())).text();
  savePageHtml(`${label}-rendered`, rendered);
  savePageHtml(`${label}-served`, served);
  for (const secret of secrets) {
    expect(rendered).not.toContain(secret.slice(16, 42));
    expect(served).not.toContain(secret.slice(16, 42));
  }
}
