import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { E2E_BASE_URL, storageStateFor } from "./support/e2e-env";
import { runScript } from "./support/run-script";
import { API_PATH, card, createToken, expectNoSecretInPage, uniqueName } from "./support/tokens-ui";

// Usage as a user meets it: real verifications over HTTP, written by the server's next
// flush (every second in this environment), then read on the API page's cards and on the
// token's own page.
test.use({ storageState: storageStateFor("administrator") });

// The e2e server trusts 127.0.0.1 as a proxy, so each request can speak for a client.
function verify(secret: string, permission: string, clientIp: string): Promise<Response> {
  return fetch(`${E2E_BASE_URL}/api/v1/auth/check`, {
    headers: {
      authorization: `Bearer ${secret}`,
      "x-keyward-required-permission": permission,
      "x-forwarded-for": clientIp,
    },
  });
}

async function searchFor(page: Page, name: string): Promise<void> {
  await page.goto(`${API_PATH}?q=${encodeURIComponent(name)}`);
}

test("verifications show on the card (last use, 7-day trend) and on the token page (chart table, addresses) after the next flush", async ({
  page,
}) => {
  const name = uniqueName("Usage counted");
  await page.goto(API_PATH);
  const secret = await createToken(page, name, { checkAll: false });

  for (let i = 0; i < 3; i++) expect((await verify(secret, "leads:read", "198.51.100.23")).status).toBe(204);
  for (let i = 0; i < 2; i++) expect((await verify(secret, "reports:read", "203.0.113.5")).status).toBe(403);

  const usageLine = card(page, name).getByText("3 successful, 2 refused");
  await expect(async () => {
    await searchFor(page, name);
    await expect(usageLine).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  // A refusal is not a use: the last use is the last success, with its client address.
  await expect(card(page, name).getByText(/from 198\.51\.100\.23$/)).toBeVisible();
  await expect(card(page, name).getByText("Unused for 90 days — consider revoking it")).toBeHidden();
  await expectNoViolations(page);
  await expectNoSecretInPage(page, "usage-card", [secret]);

  // The token's page: the same verifications in the chart's table alternative, by reason,
  // and both client addresses, the latest first.
  await card(page, name).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const usage = page.getByRole("region", { name: "Usage" });
  await expect(
    usage.getByText("3 successful and 2 refused verifications in the last 30 days."),
  ).toBeVisible();
  const table = usage.getByRole("table", { name: /Verifications per day/ });
  const today = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(new Date());
  await expect(table.getByRole("row", { name: `${today} 3 2 Insufficient scope: 2` })).toHaveCount(1);
  await expect(table.getByRole("row", { name: "Last 30 days 3 2 Insufficient scope: 2" })).toHaveCount(1);
  const addresses = usage.getByRole("table", { name: "Recent client addresses" });
  await expect(addresses.getByRole("rowheader")).toHaveText(["203.0.113.5", "198.51.100.23"]);
  await expect(page.getByText(/from 198\.51\.100\.23$/)).toBeVisible();
  await expectNoViolations(page);
  await expectNoSecretInPage(page, "usage-token-page", [secret]);
});

test("a token unused for 90 days is flagged; one used lately is not", async ({ page }) => {
  const label = uniqueName("Usage age");
  runScript("e2e/support/seed-usage-script.ts", [label]);
  await searchFor(page, label);
  await expect(
    card(page, `${label} stale`).getByText("Unused for 90 days — consider revoking it"),
  ).toBeVisible();
  await expect(card(page, `${label} stale`).getByText("0 successful, 0 refused")).toBeVisible();
  await expect(card(page, `${label} busy`)).toBeVisible();
  await expect(
    card(page, `${label} busy`).getByText("Unused for 90 days — consider revoking it"),
  ).toBeHidden();
  await expectNoViolations(page);
});
