import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/e2e-env";
import {
  API_PATH,
  card,
  expectNoSecretInPage,
  takeSecret,
  toast,
  uniqueName,
  verdictsOf,
} from "./support/tokens-ui";

test.use({ storageState: storageStateFor("administrator") });

test("a new token's secret is shown once, copies to the clipboard, and is never shown again", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const name = uniqueName("Billing sync");
  await page.goto(API_PATH);
  await page.getByRole("button", { name: "Create access token" }).click();
  const form = page.getByRole("dialog", { name: "Create access token" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Description").fill("Nightly billing export");
  await form.getByLabel("Read & write").check();
  await form.getByLabel("Check all").check();
  for (const section of ["Leads", "Call logs", "Recordings", "Reports", "Users", "Audit log"]) {
    await expect(form.getByLabel(section, { exact: true })).toBeChecked();
  }
  await form.getByRole("button", { name: "Create token" }).click();

  const reveal = page.getByRole("dialog", { name: "Copy your new token" });
  await expect(reveal).toContainText("This is the only time the token is shown");
  const field = reveal.getByLabel("Access token");
  await expect(field).toHaveAttribute("type", "password");
  await reveal.getByRole("button", { name: "Copy to clipboard" }).click();
  await expect(toast(page, "Token copied to clipboard")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await field.inputValue());
  await reveal.getByRole("button", { name: "Show token" }).click();
  await expect(reveal.getByRole("button", { name: "Hide token" })).toHaveAttribute("aria-pressed", "true");
  await expect(field).toHaveAttribute("type", "text");
  await reveal.getByRole("button", { name: "Hide token" }).click();
  await expect(field).toHaveAttribute("type", "password");

  const secret = await takeSecret(page);
  expect(secret).toBe(copied);
  await expect(toast(page, "Token created")).toBeVisible();

  const created = card(page, name);
  await expect(created).toContainText("Enabled");
  await expect(created).toContainText(`${secret.slice(0, 16)}…${secret.slice(-4)}`);
  await expect(created).toContainText(
    "Read & write · Leads, Call logs, Recordings, Reports, Users, Audit log",
  );
  expect(verdictsOf([secret])).toEqual(["ok"]);

  await expectNoSecretInPage(page, "after-create", [secret]);
  await page.reload();
  await expect(card(page, name)).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expectNoSecretInPage(page, "after-create-reload", [secret]);
});

test("markup and SQL in a name are stored verbatim and shown as text", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  const names = [
    `<script>alert(1)</script> ${uniqueName("x")}`,
    `'; DROP TABLE "ApiToken";-- ${uniqueName("y")}`,
  ];
  await page.goto(API_PATH);
  for (const name of names) {
    await page.getByRole("button", { name: "Create access token" }).click();
    const form = page.getByRole("dialog", { name: "Create access token" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Leads").check();
    await form.getByRole("button", { name: "Create token" }).click();
    await takeSecret(page);
  }
  await page.reload();
  for (const name of names) {
    await expect(page.getByRole("heading", { name, exact: true })).toHaveText(name);
  }
  expect(await page.content()).not.toContain("<script>alert(1)</script>");
  expect(dialogs).toBe(0);
});

test("bad input is explained next to the field and creates nothing", async ({ page }) => {
  await page.goto(API_PATH);
  await page.getByRole("button", { name: "Create access token" }).click();
  const form = page.getByRole("dialog", { name: "Create access token" });
  await form.getByLabel("Name").fill("   ");
  await form.getByLabel("Allowed IP ranges").fill("10.0.0.0/33");
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByLabel("Name")).toHaveAccessibleDescription("Enter a name");
  await expect(form.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Select at least one API section")).toBeVisible();
  await expect(form.getByLabel("Allowed IP ranges")).toHaveAccessibleDescription(
    /Not a valid IP address or CIDR range: 10\.0\.0\.0\/33/,
  );
  await expect(form.getByText("Check the highlighted fields.")).toBeVisible();

  // A custom expiry date in the past is refused on its own field.
  await form.getByLabel("Expiration").selectOption({ label: "Custom date" });
  const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await form.getByLabel("Expiration date").fill(yesterday);
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByLabel("Expiration date")).toHaveAccessibleDescription("Choose a date in the future");
  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole("button", { name: "Create access token" })).toBeFocused();
});
