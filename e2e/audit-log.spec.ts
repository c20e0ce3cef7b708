import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { storageStateFor } from "./support/e2e-env";
import {
  API_PATH,
  card,
  chooseFromMenu,
  expectNoSecretInPage,
  menuButton,
  takeSecret,
  uniqueName,
} from "./support/tokens-ui";

// The audit log as support staff meet it: read-only, filtered, exported; a token's history
// from its card; nothing on the page changes anything.
const AUDIT_PATH = "/settings/technical/api/audit";
const audited = uniqueName("Audited");
const formula = uniqueName("=HYPERLINK(1),");

const shownSecrets: string[] = [];

// Through the create dialog, as an administrator would; waits on the card rather than on
// the toast, which can time out while the secret dialog is still open on a busy machine.
async function createAudited(page: Page, name: string) {
  await page.getByRole("button", { name: "Create access token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create access token" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Check all").check();
  await dialog.getByRole("button", { name: "Create token" }).click();
  shownSecrets.push(await takeSecret(page));
  await expect(card(page, name)).toBeVisible();
}

// An administrator creates two tokens and disables one, so the log has known events.
async function seedEventsAsAdministrator(browser: Browser) {
  const context = await browser.newContext({ storageState: storageStateFor("administrator") });
  const page = await context.newPage();
  await page.goto(API_PATH);
  await createAudited(page, audited);
  await chooseFromMenu(page, audited, "Disable");
  await expect(card(page, audited)).toContainText("Disabled");
  await createAudited(page, formula);
  await context.close();
}

function eventRows(page: Page) {
  return page.getByRole("table", { name: "Audit events" }).getByRole("row");
}

function row(page: Page, tokenName: string, action: string) {
  return eventRows(page).filter({ hasText: tokenName }).filter({ hasText: action });
}

async function downloadCsv(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(file, "utf8") };
}

test.beforeAll(async ({ browser }) => {
  await seedEventsAsAdministrator(browser);
});

test.describe("support staff", () => {
  test.use({ storageState: storageStateFor("support_staff") });

  test("opens the audit log from the API page, filters, sorts and finds nothing that changes anything", async ({
    page,
  }) => {
    await page.goto(API_PATH);
    await page.getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
    await expect(row(page, audited, "Token disabled")).toHaveCount(1);
    await expect(row(page, audited, "Token created")).toContainText("admin@e2e.test");

    await page.getByLabel("Action").selectOption({ label: "Token disabled" });
    await expect(page).toHaveURL(/action=token\.disabled/);
    await expect(row(page, audited, "Token created")).toHaveCount(0);
    await expect(row(page, audited, "Token disabled")).toHaveCount(1);
    await expect(eventRows(page).filter({ hasText: "Token created" })).toHaveCount(0);

    await page.getByLabel("Action").selectOption({ label: "Any action" });
    await page.getByLabel("Token", { exact: true }).fill(audited);
    await expect(page).toHaveURL(/tokenName=/);
    // The header row and the two events of this token.
    await expect(eventRows(page)).toHaveCount(3);

    await page.getByRole("button", { name: "When" }).click();
    await expect(page).toHaveURL(/dir=asc/);
    await expect(page.getByRole("columnheader", { name: "When" })).toHaveAttribute("aria-sort", "ascending");
    await expect(eventRows(page).nth(1)).toContainText("Token created");

    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("From", { exact: true }).fill(today);
    await expect(eventRows(page)).toHaveCount(3);
    await page.getByLabel("To", { exact: true }).fill(yesterday);
    await expect(page.getByRole("heading", { name: "No events match these filters" })).toBeVisible();

    // A shared, filtered URL shows the same view after a reload.
    await page.getByLabel("To", { exact: true }).fill(today);
    await expect(eventRows(page)).toHaveCount(3);
    await page.reload();
    await expect(page.getByLabel("Token", { exact: true })).toHaveValue(audited);
    await expect(eventRows(page)).toHaveCount(3);

    const buttons = await page.getByRole("main").getByRole("button").allInnerTexts();
    expect(buttons.map((text) => text.trim()).sort()).toEqual(
      ["Action", "Actor", "Clear all", "Next page", "Previous page", "When"].sort(),
    );
    await expect(page.getByRole("main").getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("switch")).toHaveCount(0);

    await page.getByRole("button", { name: "Clear all" }).click();
    await expect(page.getByLabel("Token", { exact: true })).toHaveValue("");
    await expect(row(page, formula, "Token created")).toHaveCount(1);
  });

  test("exports the filtered view as CSV, escaped and safe to open in a spreadsheet", async ({ page }) => {
    await page.goto(`${AUDIT_PATH}?tokenName=${encodeURIComponent(audited)}`);
    await expect(eventRows(page)).toHaveCount(3);
    const filtered = await downloadCsv(page);
    expect(filtered.name).toMatch(/^keyward-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = filtered.text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(
      "When (UTC),Actor,Actor type,Action,Target type,Target,Token hint,Client address,User agent,Change",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`admin@e2e.test,User,Token disabled,Token,${audited},kw_`);
    expect(lines[2]).toContain(`Token created,Token,${audited},kw_`);

    await page.getByLabel("Token", { exact: true }).fill(formula);
    await expect(row(page, formula, "Token created")).toHaveCount(1);
    const dangerous = await downloadCsv(page);
    // Quoted (it holds a comma), and neutralised with a leading apostrophe.
    expect(dangerous.text).toContain(`"'${formula}"`);
    expect(dangerous.text).not.toContain(`,${formula}`);
  });

  test("a token's menu offers only History, which shows that token's events", async ({ page }) => {
    await page.goto(`${API_PATH}?q=${encodeURIComponent(audited)}`);
    await expect(card(page, audited)).toBeVisible();
    await menuButton(page, audited).click();
    await expect(page.getByRole("menuitem")).toHaveText(["History"]);
    await page.getByRole("menuitem", { name: "History" }).click();
    await expect(page).toHaveURL(/\/settings\/technical\/api\/audit\?token=/);
    await expect(page.getByText(`History of ${audited}`)).toBeVisible();
    await expect(eventRows(page)).toHaveCount(3);
    await expect(row(page, audited, "Token disabled")).toHaveCount(1);
    await expect(row(page, audited, "Token created")).toHaveCount(1);
    await page.getByRole("button", { name: "Show every token" }).click();
    await expect(page.getByText(`History of ${audited}`)).toHaveCount(0);
    await expect(row(page, formula, "Token created")).toHaveCount(1);
  });

  test("the audit log has no axe violations", async ({ page }) => {
    await page.goto(AUDIT_PATH);
    await expect(row(page, audited, "Token disabled")).toHaveCount(1);
    await expectNoSecretInPage(page, "audit-log", shownSecrets);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    ).toEqual([]);
  });
});

test.describe("an administrator", () => {
  test.use({ storageState: storageStateFor("administrator") });

  test("opens a token's History from the card menu next to the actions that change it", async ({ page }) => {
    await page.goto(`${API_PATH}?q=${encodeURIComponent(audited)}`);
    await chooseFromMenu(page, audited, "History");
    await expect(page.getByText(`History of ${audited}`)).toBeVisible();
    await expect(row(page, audited, "Token disabled")).toHaveCount(1);
  });
});

test.describe("a member", () => {
  test.use({ storageState: storageStateFor("member") });

  test("is refused the audit log and its export", async ({ page }) => {
    const response = await page.goto(AUDIT_PATH);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("table")).toHaveCount(0);
    const exported = await page.request.get(`${AUDIT_PATH}/export`);
    expect(exported.status()).toBe(403);
    expect(await exported.text()).not.toContain(audited);
  });
});

test("without a session the export answers 401", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get(`${AUDIT_PATH}/export`);
  expect(response.status()).toBe(401);
  await anonymous.dispose();
});
