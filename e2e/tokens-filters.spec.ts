import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/e2e-env";
import { runScript } from "./support/run-script";
import { API_PATH, card, uniqueName } from "./support/tokens-ui";

// The filters narrow the list on the server and live in the URL: a filtered view can be
// reloaded or shared. Seven seeded tokens, of every status and age, share a unique label.
test.use({ storageState: storageStateFor("administrator") });

const label = uniqueName("Filtered");
const ALL = ["fresh", "old", "paused", "retired", "ending", "lapsed", "frozen"] as const;

test.beforeAll(() => {
  runScript("e2e/support/seed-tokens-script.ts", ["filters", label]);
});

async function expectShown(page: Page, shown: readonly string[]) {
  for (const suffix of ALL) {
    await expect(card(page, `${label} ${suffix}`)).toHaveCount(shown.includes(suffix) ? 1 : 0);
  }
}

test("search by name, then status, then created, then clear all", async ({ page }) => {
  await page.goto(API_PATH);
  const search = page.getByRole("searchbox", { name: "Search by name" });
  await search.fill(label.toUpperCase());
  await expect(page).toHaveURL(
    new RegExp(`q=${encodeURIComponent(label.toUpperCase()).replace(/%20/g, "(\\+|%20)")}`),
  );
  await expectShown(page, ALL);

  const status = page.getByLabel("Status");
  for (const [option, shown] of [
    ["Enabled", ["fresh", "old", "ending"]],
    ["Disabled", ["paused"]],
    ["Revoked", ["retired"]],
    ["Expired", ["lapsed", "frozen"]],
    ["Expiring soon", ["ending"]],
  ] as const) {
    await status.selectOption({ label: option });
    await expectShown(page, shown);
  }
  await expect(card(page, `${label} ending`)).toContainText("Expiring soon");

  await status.selectOption({ label: "Any" });
  const created = page.getByLabel("Created");
  await created.selectOption({ label: "More than 30 days" });
  await expectShown(page, ["old", "lapsed", "frozen"]);
  await created.selectOption({ label: "Last 7 days" });
  await expectShown(page, ["fresh", "paused", "retired"]);
  await created.selectOption({ label: "Last 30 days" });
  await expectShown(page, ["fresh", "paused", "retired", "ending"]);

  await search.fill(`${label} pa`);
  await expectShown(page, ["paused"]);

  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(search).toHaveValue("");
  await expect(created).toHaveValue("any");
  await expect(status).toHaveValue("any");
  await expect(page).toHaveURL(new RegExp(`${API_PATH}$`));
  await expect(page.getByRole("button", { name: "Clear all" })).toBeDisabled();
});

test("a filtered URL keeps its filters after a reload", async ({ page }) => {
  const url = `${API_PATH}?q=${encodeURIComponent(label)}&status=disabled&created=last_7_days`;
  await page.goto(url);
  await expectShown(page, ["paused"]);
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search by name" })).toHaveValue(label);
  await expect(page.getByLabel("Status")).toHaveValue("disabled");
  await expect(page.getByLabel("Created")).toHaveValue("last_7_days");
  await expectShown(page, ["paused"]);
});

test("no match says so and offers a way back", async ({ page }) => {
  await page.goto(`${API_PATH}?q=${encodeURIComponent(`${label} nothing-like-this`)}`);
  await expect(page.getByRole("heading", { name: "No tokens match these filters" })).toBeVisible();
  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(page.getByRole("heading", { name: "No tokens match these filters" })).toBeHidden();
  await expect(page.getByRole("article").first()).toBeVisible();
});

test("an expired token that was disabled offers Enable, not a Disable that does nothing", async ({
  page,
}) => {
  await page.goto(`${API_PATH}?q=${encodeURIComponent(`${label} frozen`)}`);
  await expect(card(page, `${label} frozen`)).toContainText("Expired");
  await page.getByRole("button", { name: `More actions for ${label} frozen` }).click();
  await expect(page.getByRole("menuitem", { name: "Enable", exact: true })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Disable", exact: true })).toHaveCount(0);
  await page.keyboard.press("Escape");
});
