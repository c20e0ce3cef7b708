import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { storageStateFor } from "./support/e2e-env";
import { addMember, MEMBERS_PATH } from "./support/members-ui";
import { runScript } from "./support/run-script";
import {
  API_PATH,
  card,
  expectNoSecretInPage,
  RUN,
  takeSecret,
  toast,
  uniqueName,
} from "./support/tokens-ui";

// A token's own page, opened from its card: every field in full, Edit and the card menu's
// actions for those who manage tokens, read-only for support staff, 404 for anything that
// is not a token of the signed-in account, and the way back to the very list it came from.

const TOKEN_PAGE = /\/settings\/technical\/api\/tokens\/[^/?]+/;

function details(page: Page) {
  return page.getByRole("region", { name: "Details" });
}

function history(page: Page) {
  return page.getByRole("region", { name: "History" });
}

// Nothing in the region is cut off: no ellipsis, no content wider than its box.
async function expectNothingTruncated(page: Page) {
  const clipped = await details(page).evaluate((root) =>
    [root, ...root.querySelectorAll("*")]
      .filter((el) => {
        const style = getComputedStyle(el);
        // Text kept for screen readers only (a 1-pixel box) is not clipped for anyone.
        if (el.getBoundingClientRect().width <= 1) return false;
        return style.textOverflow === "ellipsis" || el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => el.textContent),
  );
  expect(clipped).toEqual([]);
}

test.describe("an administrator", () => {
  test.use({ storageState: storageStateFor("administrator") });

  test("opens a card's page, reads every field in full, edits it and goes back to the same filters", async ({
    page,
  }) => {
    const robot = `Integration robot for the European billing and reconciliation pipeline ${RUN}`;
    const robotEmail = `robot-token-page-${RUN}@e2e.test`;
    await page.goto(MEMBERS_PATH);
    await addMember(page, {
      name: robot,
      email: robotEmail,
      role: "Implementation specialist",
      technical: true,
    });

    const name = uniqueName("Nightly reconciliation of the billing ledger with the warehouse");
    const contact = `integration-team-billing-reconciliation-${RUN}@partner.example`;
    await page.goto(API_PATH);
    await page.getByRole("button", { name: "Create access token" }).click();
    const form = page.getByRole("dialog", { name: "Create access token" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Description").fill("Reads leads and writes the nightly reports.");
    await form.getByLabel("Read & write").check();
    await form.getByLabel("Check all").check();
    await form.getByLabel("Owner").selectOption({ label: `${robot} (technical user)` });
    await form.getByLabel("Allowed IP ranges").fill("203.0.113.0/24\n198.51.100.7/32\n2001:db8::/48");
    await form.getByLabel("Technical contact").fill(contact);
    await form.getByRole("button", { name: "Create token" }).click();
    const secret = await takeSecret(page);

    // A filtered view of the list, as a user would have it.
    const listQuery = `?q=${encodeURIComponent(`reconciliation of the billing ledger with the warehouse ${RUN}`)}&status=enabled`;
    await page.goto(`${API_PATH}${listQuery}`);
    await card(page, name).getByRole("link", { name }).click();
    await expect(page).toHaveURL(TOKEN_PAGE);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    const fields = details(page);
    for (const text of [
      "Enabled",
      "Reads leads and writes the nightly reports.",
      "Read & write",
      "Leads",
      "Call logs",
      "Recordings",
      "Reports",
      "Users",
      "Audit log",
      `${robot} (${robotEmail})`,
      contact,
      "203.0.113.0/24",
      "198.51.100.7/32",
      "2001:db8::/48",
    ]) {
      await expect(fields.getByText(text, { exact: false }).first()).toBeVisible();
    }
    await expect(fields.getByRole("definition").filter({ hasText: "admin@e2e.test" })).toHaveCount(1);
    await expect(fields.getByRole("term")).toContainText([
      "Status",
      "Owner",
      "Technical contact",
      "Allowed IP ranges",
    ]);
    await expectNothingTruncated(page);
    await expectNoSecretInPage(page, "token-page", [secret]);

    // Its history, people by name and email, dates as dates.
    const created = history(page).getByRole("row").filter({ hasText: "Token created" });
    // Each change reads "Field: before → after"; the arrow is hidden from screen readers,
    // which hear "changed to" instead.
    await expect(created.getByRole("listitem").filter({ hasText: /^Owner:/ })).toContainText(
      `changed to ${robot} (${robotEmail})`,
    );
    await expect(created.getByRole("listitem").filter({ hasText: /^Expires:/ })).toContainText(
      /changed to \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M UTC$/,
    );
    await expect(history(page)).not.toContainText(/\d{4}-\d{2}-\d{2}T/);
    await expectNoViolations(page);

    // Edit happens here.
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const edit = page.getByRole("dialog", { name: `Edit ${name}` });
    await edit.getByLabel("Description").fill("Reads leads; writes the nightly and weekly reports.");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(toast(page, "Token updated")).toBeVisible();
    await expect(edit).toBeHidden();
    await expect(page.getByRole("button", { name: "Edit", exact: true })).toBeFocused();
    await expect(fields.getByText("Reads leads; writes the nightly and weekly reports.")).toBeVisible();
    await expect(history(page).getByRole("row").filter({ hasText: "Token edited" })).toHaveCount(1);

    const fullLog = history(page).getByRole("link", { name: "See the full history in the audit log" });
    await expect(fullLog).toHaveAttribute("href", /\/settings\/technical\/api\/audit\?token=/);

    await page.getByRole("link", { name: "Back to the list" }).click();
    await expect(page).toHaveURL(`${API_PATH}${listQuery.replace(/%20/g, "+")}`);
    await expect(page.getByRole("searchbox", { name: "Search by name" })).toHaveValue(
      `reconciliation of the billing ledger with the warehouse ${RUN}`,
    );
    await expect(card(page, name)).toBeVisible();
  });

  test("deletes from the page and lands back on the filtered list", async ({ page }) => {
    const label = uniqueName("Page delete");
    runScript("e2e/support/seed-tokens-script.ts", ["filters", label]);
    const listUrl = `${API_PATH}?q=${encodeURIComponent(label).replace(/%20/g, "+")}`;
    await page.goto(listUrl);
    await card(page, `${label} fresh`)
      .getByRole("link", { name: `${label} fresh` })
      .click();
    await expect(page).toHaveURL(TOKEN_PAGE);

    await page.getByRole("button", { name: `More actions for ${label} fresh`, exact: true }).click();
    await page.getByRole("menuitem", { name: "Delete", exact: true }).click();
    await page
      .getByRole("dialog", { name: `Delete ${label} fresh?` })
      .getByRole("button", { name: "Delete token" })
      .click();

    await expect(toast(page, "Token deleted")).toBeVisible();
    await expect(page).toHaveURL(listUrl);
    await expect(card(page, `${label} old`)).toBeVisible();
    await expect(card(page, `${label} fresh`)).toHaveCount(0);
  });

  test("gets 404 for another account's token, an unknown id and a malformed one", async ({ page }) => {
    const foreignId = runScript("e2e/support/seed-tokens-script.ts", [
      "foreign",
      uniqueName("Foreign"),
    ]).trim();
    expect(foreignId).not.toBe("");
    for (const id of [foreignId, "cmx6i33xz0001on7dtuxl1ws3", "%3Cscript%3E", "x".repeat(80)]) {
      const response = await page.goto(`${API_PATH}/tokens/${id}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("region", { name: "Details" })).toHaveCount(0);
    }
  });
});

test.describe("support staff", () => {
  test.use({ storageState: storageStateFor("support_staff") });

  test("read the page with no action to take", async ({ page }) => {
    const label = uniqueName("Support reads");
    runScript("e2e/support/seed-tokens-script.ts", ["filters", label]);
    await page.goto(`${API_PATH}?q=${encodeURIComponent(label)}`);
    await card(page, `${label} retired`)
      .getByRole("link", { name: `${label} retired` })
      .click();
    await expect(page).toHaveURL(TOKEN_PAGE);

    await expect(page.getByRole("heading", { level: 1, name: `${label} retired` })).toBeVisible();
    await expect(details(page)).toContainText("Revoked on");
    await expect(details(page)).toContainText("Any address");
    await expect(page.getByText("You can see this token.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /More actions for/ })).toHaveCount(0);
    // The one button left explains the token's hint; it changes nothing.
    await expect(page.getByRole("main").getByRole("button").filter({ hasNotText: /^kw_/ })).toHaveCount(0);
    await expectNoViolations(page);
  });
});
