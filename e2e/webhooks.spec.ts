import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { E2E_WEBHOOK_RECEIVER_PORT, storageStateFor } from "./support/e2e-env";
import { recordSecret } from "./support/secret-ledger";
import {
  API_PATH,
  chooseFromMenu,
  createToken,
  expectNoSecretInPage,
  toast,
  uniqueName,
} from "./support/tokens-ui";
import { startWebhookReceiver } from "./support/webhook-receiver";

// The Webhooks screen as an administrator uses it, against a receiver on 127.0.0.1 (the
// only host the e2e server may post to) that verifies every signature with the Standard
// Webhooks library; then the same screens as support staff and a member see them.
const WEBHOOKS_PATH = "/settings/technical/webhooks";
const RECEIVER_URL = `http://127.0.0.1:${E2E_WEBHOOK_RECEIVER_PORT}/keyward`;
const receiver = startWebhookReceiver(E2E_WEBHOOK_RECEIVER_PORT);

test.describe.configure({ mode: "serial" });
test.beforeAll(() => receiver.listen());
test.afterAll(() => receiver.close());

function deliveryRow(page: Page, eventType: string) {
  return page.getByRole("row").filter({ has: page.getByRole("cell", { name: eventType, exact: true }) });
}

// The delivery job runs in the server; the page shows its outcome once it has run.
async function expectDelivered(page: Page, eventType: string) {
  await expect(async () => {
    await page.reload();
    await expect(deliveryRow(page, eventType).first()).toContainText("Delivered", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

test.describe("an administrator", () => {
  test.use({ storageState: storageStateFor("administrator") });

  test("adds an endpoint, copies its secret once, and sees test and token events delivered", async ({
    page,
    context,
  }) => {
    // The whole journey, two deliveries and a token's life included, on a shared machine.
    test.slow();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(API_PATH);
    await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
    await expectNoViolations(page);

    await page.getByRole("button", { name: "Add endpoint" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a webhook endpoint" });
    // Every wrong field is named next to it, in words, and nothing is created.
    await dialog.getByRole("button", { name: "Add endpoint" }).click();
    await expect(dialog.getByLabel("Endpoint URL")).toHaveAccessibleDescription(
      /Enter the URL that receives the events/,
    );
    await expect(dialog.getByRole("group", { name: "Events to send" })).toHaveAccessibleDescription(
      "Select at least one event",
    );
    await expectNoViolations(page);
    // A private address is refused by the server-side request forgery guard.
    await dialog.getByLabel("Endpoint URL").fill("https://10.0.0.1/hooks");
    await dialog.getByRole("checkbox", { name: /^token\.revoked/ }).check();
    await dialog.getByRole("button", { name: "Add endpoint" }).click();
    await expect(dialog.getByLabel("Endpoint URL")).toHaveAccessibleDescription(
      /This address is private or local/,
    );
    await expectNoViolations(page);

    await dialog.getByLabel("Endpoint URL").fill(RECEIVER_URL);
    await dialog.getByLabel("Description (optional)").fill(uniqueName("Receiver"));
    await dialog.getByRole("button", { name: "Add endpoint" }).click();

    const reveal = page.getByRole("dialog", { name: "Copy the signing secret" });
    await expect(reveal).toContainText("This is the only time the signing secret is shown");
    await reveal.getByRole("button", { name: "Copy to clipboard" }).click();
    await expect(toast(page, "Signing secret copied")).toBeVisible();
    const secret = await page.evaluate(() => navigator.clipboard.readText());
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(await reveal.getByLabel("Signing secret").inputValue()).toBe(secret);
    recordSecret(secret);
    receiver.useSecret(secret);
    await expectNoViolations(page);
    await reveal.getByRole("button", { name: "I have copied it" }).click();
    await expect(reveal).toBeHidden();

    await page.getByRole("link", { name: RECEIVER_URL }).click();
    await expect(page.getByRole("heading", { name: RECEIVER_URL, level: 1 })).toBeVisible();
    await expect(page.getByText("Nothing has been sent to this endpoint yet.")).toBeVisible();
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(toast(page, "Test event queued. Its delivery appears below.")).toBeVisible();
    await expect
      .poll(() => receiver.received.filter((e) => e.type === "webhook.test"), { timeout: 30_000 })
      .toEqual([{ type: "webhook.test", tokenName: null, verified: true }]);
    await expectDelivered(page, "webhook.test");
    await expect(deliveryRow(page, "webhook.test")).toContainText("204");
    await expectNoViolations(page);
    const endpointPage = page.url();

    const name = uniqueName("Webhook revoke");
    await page.goto(API_PATH);
    await createToken(page, name);
    await chooseFromMenu(page, name, "Revoke");
    await page
      .getByRole("dialog", { name: `Revoke ${name}?` })
      .getByRole("button", { name: "Revoke token" })
      .click();
    await expect(toast(page, "Token revoked")).toBeVisible();
    await expect
      .poll(() => receiver.received.filter((e) => e.tokenName === name), { timeout: 30_000 })
      .toEqual([{ type: "token.revoked", tokenName: name, verified: true }]);

    await page.goto(endpointPage);
    await expectDelivered(page, "token.revoked");
    // Only the subscribed event: the token's creation was not sent.
    await expect(deliveryRow(page, "token.created")).toHaveCount(0);
    await expectNoSecretInPage(page, "webhook-endpoint", [secret]);
  });

  test("rotates the secret behind a confirmation and shows the new one once", async ({ page }) => {
    await page.goto(WEBHOOKS_PATH);
    await page.getByRole("link", { name: RECEIVER_URL }).click();
    await page.getByRole("button", { name: "Rotate secret" }).click();
    const confirm = page.getByRole("dialog", { name: "Rotate the signing secret?" });
    await expectNoViolations(page);
    await confirm.getByRole("button", { name: "Rotate secret" }).click();
    const reveal = page.getByRole("dialog", { name: "Copy the signing secret" });
    const secret = await reveal.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    recordSecret(secret);
    await reveal.getByRole("button", { name: "I have copied it" }).click();
    await expect(reveal).toBeHidden();
    await page.reload();
    await expectNoSecretInPage(page, "webhook-endpoint-rotated", [secret]);
  });
});

test.describe("support staff", () => {
  test.use({ storageState: storageStateFor("support_staff") });

  test("see the endpoints and their deliveries, and change nothing", async ({ page }) => {
    await page.goto(WEBHOOKS_PATH);
    await expect(page.getByText("Only account administrators and implementation specialists")).toBeVisible();
    await expect(page.getByRole("button", { name: "Add endpoint" })).toHaveCount(0);
    await page.getByRole("link", { name: RECEIVER_URL }).click();
    await expect(deliveryRow(page, "webhook.test")).toContainText("Delivered");
    await expect(page.getByRole("group", { name: "Endpoint actions" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Send test event" })).toHaveCount(0);
    await expectNoViolations(page);
  });
});

test.describe("a member", () => {
  test.use({ storageState: storageStateFor("member") });

  test("is refused the page by the server", async ({ page }) => {
    const response = await page.goto(WEBHOOKS_PATH);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
  });
});
