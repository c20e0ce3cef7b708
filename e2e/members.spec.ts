import { expect, test, type Page } from "@playwright/test";
import { replaceInitialPassword } from "./support/account-ui";
import { expectNoViolations } from "./support/axe";
import { E2E_BASE_URL, storageStateFor } from "./support/e2e-env";
import { addMember, chooseMemberAction, MEMBERS_PATH, memberRow } from "./support/members-ui";
import {
  API_PATH,
  createToken,
  expectNoSecretInPage,
  menuButton,
  RUN,
  takeSecret,
  toast,
  uniqueName,
  verdictsOf,
} from "./support/tokens-ui";

// The Members page as an administrator uses it, and what its actions do to the people and
// tokens concerned: sign-in, read-only access, verification.
test.use({ storageState: storageStateFor("administrator") });

const ADMIN_NAME = "Administrator";
const PASSWORD = "support-password-42";
const OWN_PASSWORD = "support-chose-this-43";

async function signInFresh(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

test("the members page and the add dialog have no axe violations", async ({ page }) => {
  await page.goto(MEMBERS_PATH);
  await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
  await expect(memberRow(page, ADMIN_NAME)).toContainText("You");
  await expectNoViolations(page);

  await page.getByRole("button", { name: "Add member" }).click();
  const dialog = page.getByRole("dialog", { name: "Add member" });
  await expect(dialog).toBeVisible();
  await expectNoViolations(page);

  // With every field's error shown and tied to its field.
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(dialog.getByText("Enter a name")).toBeVisible();
  await expect(dialog.getByLabel("Email")).toHaveAccessibleDescription("Enter an email address");
  await expect(dialog.getByLabel("Initial password")).toHaveAccessibleDescription(
    /At least 12 characters.*Enter an initial password/,
  );
  await expectNoViolations(page);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Add member" })).toBeFocused();

  await page.getByRole("button", { name: `More actions for ${ADMIN_NAME}`, exact: true }).click();
  await expect(page.getByRole("menuitem", { name: "Change role" })).toBeVisible();
  await expectNoViolations(page, true);
});

test("an added support user signs in, sees tokens read-only, and is locked out once deactivated", async ({
  page,
  browser,
}) => {
  const tokenName = uniqueName("Seen by support");
  await page.goto(API_PATH);
  const secret = await createToken(page, tokenName);

  const name = uniqueName("Sue Support");
  const email = `sue-${RUN}@e2e.test`;
  await page.goto(MEMBERS_PATH);
  await addMember(page, { name, email, role: "Support staff", password: PASSWORD });
  await expect(toast(page, "Member added")).toBeVisible();
  await expect(memberRow(page, name)).toContainText(email);
  await expect(memberRow(page, name)).toContainText("Support staff");
  await expect(memberRow(page, name)).toContainText("Active");

  const supportContext = await browser.newContext({
    baseURL: E2E_BASE_URL,
    storageState: { cookies: [], origins: [] },
  });
  const support = await supportContext.newPage();
  await signInFresh(support, email, PASSWORD);
  await replaceInitialPassword(support, email, PASSWORD, OWN_PASSWORD);
  await support.goto(API_PATH);
  await expect(support.getByRole("article", { name: tokenName, exact: true })).toBeVisible();
  await expectNoSecretInPage(support, "members-support-api-page", [secret]);
  await expect(support.getByRole("button", { name: "Create access token" })).toHaveCount(0);
  // The card menu offers History (the audit log) and nothing that changes the token.
  await support.getByRole("button", { name: `More actions for ${tokenName}`, exact: true }).click();
  await expect(support.getByRole("menuitem")).toHaveText(["History"]);
  await support.keyboard.press("Escape");
  await expect(support.getByRole("switch", { name: "API access" })).toBeDisabled();
  await expect(support.getByRole("link", { name: "Members" })).toHaveCount(0);
  expect((await support.goto(MEMBERS_PATH))?.status()).toBe(403);

  await chooseMemberAction(page, name, "Deactivate");
  const confirm = page.getByRole("dialog", { name: `Deactivate ${name}?` });
  await expect(confirm).toContainText("every token they own stops working");
  await confirm.getByRole("button", { name: "Deactivate member" }).click();
  await expect(toast(page, "Member deactivated")).toBeVisible();
  await expect(memberRow(page, name)).toContainText("Deactivated");
  await expect(menuButton(page, name)).toBeFocused();

  // Their open session ends on its next request, and signing in again is refused.
  await support.goto(API_PATH);
  await expect(support).toHaveURL(/\/login/);
  await support.getByLabel("Email").fill(email);
  await support.getByLabel("Password").fill(OWN_PASSWORD);
  await support.getByRole("button", { name: "Sign in" }).click();
  await expect(support.getByText("Email or password is incorrect")).toBeVisible();
  await supportContext.close();
});

test("deactivating a token's technical owner stops the token; reactivating brings it back", async ({
  page,
}) => {
  const robot = uniqueName("Members robot");
  await page.goto(MEMBERS_PATH);
  await addMember(page, {
    name: robot,
    email: `robot-${RUN}@e2e.test`,
    role: "Implementation specialist",
    technical: true,
  });
  await expect(toast(page, "Member added")).toBeVisible();
  await expect(memberRow(page, robot)).toContainText("Technical user");

  const tokenName = uniqueName("Robot token");
  await page.goto(API_PATH);
  await page.getByRole("button", { name: "Create access token" }).click();
  const form = page.getByRole("dialog", { name: "Create access token" });
  await form.getByLabel("Name").fill(tokenName);
  await form.getByLabel("Check all").check();
  await form.getByLabel("Owner").selectOption({ label: `${robot} (technical user)` });
  await form.getByRole("button", { name: "Create token" }).click();
  const secret = await takeSecret(page);
  await expectNoSecretInPage(page, "members-robot-token", [secret]);
  expect(verdictsOf([secret])).toEqual(["ok"]);

  await page.goto(MEMBERS_PATH);
  await chooseMemberAction(page, robot, "Deactivate");
  await page
    .getByRole("dialog", { name: `Deactivate ${robot}?` })
    .getByRole("button", { name: "Deactivate member" })
    .click();
  await expect(toast(page, "Member deactivated")).toBeVisible();
  await expect(memberRow(page, robot)).toContainText("Deactivated");
  expect(verdictsOf([secret])).toEqual(["owner_inactive"]);

  await chooseMemberAction(page, robot, "Reactivate");
  await expect(toast(page, "Member reactivated")).toBeVisible();
  await expect(memberRow(page, robot)).toContainText("Active");
  expect(verdictsOf([secret])).toEqual(["ok"]);
});

test("an administrator changes a member's role", async ({ page }) => {
  const name = uniqueName("Rita Role");
  await page.goto(MEMBERS_PATH);
  await addMember(page, { name, email: `rita-${RUN}@e2e.test`, role: "Member", password: PASSWORD });
  await chooseMemberAction(page, name, "Change role");
  const dialog = page.getByRole("dialog", { name: `Change role of ${name}` });
  await expect(dialog.getByLabel("Role")).toHaveValue("member");
  await dialog.getByLabel("Role").selectOption({ label: "Implementation specialist" });
  await dialog.getByRole("button", { name: "Change role" }).click();
  await expect(toast(page, "Role changed")).toBeVisible();
  await expect(memberRow(page, name)).toContainText("Implementation specialist");
  await expect(menuButton(page, name)).toBeFocused();
});

test("the last administrator can be neither demoted nor deactivated", async ({ page }) => {
  await page.goto(MEMBERS_PATH);
  await chooseMemberAction(page, ADMIN_NAME, "Change role");
  const dialog = page.getByRole("dialog", { name: `Change role of ${ADMIN_NAME}` });
  await dialog.getByLabel("Role").selectOption({ label: "Support staff" });
  await dialog.getByRole("button", { name: "Change role" }).click();
  await expect(dialog.getByLabel("Role")).toHaveAccessibleDescription(/at least one active administrator/);
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await chooseMemberAction(page, ADMIN_NAME, "Deactivate");
  const confirm = page.getByRole("dialog", { name: `Deactivate ${ADMIN_NAME}?` });
  await confirm.getByRole("button", { name: "Deactivate member" }).click();
  await expect(confirm.getByText(/at least one active administrator/)).toBeVisible();
  await confirm.getByRole("button", { name: "Cancel" }).click();

  await page.reload();
  await expect(memberRow(page, ADMIN_NAME)).toContainText("Account administrator");
  await expect(memberRow(page, ADMIN_NAME)).toContainText("Active");
});
