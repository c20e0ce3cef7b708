import { expect, test } from "@playwright/test";
import { E2E_PASSWORD } from "./support/e2e-env";
import { runScript } from "./support/run-script";
import { API_PATH, card } from "./support/tokens-ui";

// An account with 10,000 tokens (seeded by raw SQL into "Other Org"): the page shows the
// right total and reaches the first and the last page. No timing is asserted; the
// benchmark measures speed.
const ADMIN = "other-admin@e2e.test";
const TOTAL = 10_000;
const PAGE_SIZE = 20;
const LAST_PAGE = TOTAL / PAGE_SIZE;
// Numbers as the English reader writes them (the summary formats them with Intl).
const n = (value: number) => new Intl.NumberFormat("en").format(value);

test.beforeAll(() => {
  runScript("e2e/support/seed-tokens-script.ts", ["bulk"]);
});

test("10,000 tokens: page 1, the next page and the last page", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(ADMIN);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);

  await page.goto(API_PATH);
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination).toContainText(`1–20 of ${n(TOTAL)} tokens · page 1 of ${LAST_PAGE}`);
  await expect(page.getByRole("article")).toHaveCount(PAGE_SIZE);
  await expect(card(page, "Bulk 00001")).toBeVisible();
  await expect(pagination.getByRole("button", { name: "Previous page" })).toBeDisabled();

  await pagination.getByRole("button", { name: "Next page" }).click();
  await expect(pagination).toContainText(`21–40 of ${n(TOTAL)} tokens · page 2 of ${LAST_PAGE}`);
  await expect(page).toHaveURL(/page=2/);
  await expect(card(page, "Bulk 00021")).toBeVisible();
  await expect(card(page, "Bulk 00001")).toHaveCount(0);

  await page.goto(`${API_PATH}?page=${LAST_PAGE}`);
  await expect(pagination).toContainText(
    `${n(9981)}–${n(TOTAL)} of ${n(TOTAL)} tokens · page ${LAST_PAGE} of ${LAST_PAGE}`,
  );
  await expect(page.getByRole("article")).toHaveCount(PAGE_SIZE);
  await expect(card(page, "Bulk 10000")).toBeVisible();
  await expect(card(page, "Bulk 09981")).toBeVisible();
  await expect(pagination.getByRole("button", { name: "Next page" })).toBeDisabled();

  await pagination.getByRole("button", { name: "Previous page" }).click();
  await expect(pagination).toContainText(`page ${LAST_PAGE - 1} of ${LAST_PAGE}`);
  await expect(card(page, "Bulk 09961")).toBeVisible();

  // A page past the end shows the last page rather than nothing.
  await page.goto(`${API_PATH}?page=99999`);
  await expect(pagination).toContainText(`page ${LAST_PAGE} of ${LAST_PAGE}`);

  // Search still narrows 10,000 tokens to the one asked for.
  await page.goto(`${API_PATH}?q=bulk+04242`);
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(card(page, "Bulk 04242")).toBeVisible();
});
