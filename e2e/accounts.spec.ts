import { expect, test, type Browser } from "@playwright/test";
import {
  CHANGE_PASSWORD_PATH,
  replaceInitialPassword,
  signIn,
  submitPasswordChange,
} from "./support/account-ui";
import { expectNoViolations } from "./support/axe";
import { E2E_BASE_URL, storageStateFor } from "./support/e2e-env";
import { addMember, chooseMemberAction, MEMBERS_PATH } from "./support/members-ui";
import { API_PATH, RUN, toast, uniqueName } from "./support/tokens-ui";

// A person's own password and sessions: an administrator's initial password, the forced
// change at first sign-in, and "Sign out everywhere". The stored administrator session is
// only used to manage members: its own sessions are never ended here, other specs use it.
test.use({ storageState: storageStateFor("administrator") });

const FIRST = "first-initial-pass-1";
const RESET = "second-initial-pass-2";
const OWN = "my-very-own-pass-3";

async function freshPage(browser: Browser) {
  const context = await browser.newContext({
    baseURL: E2E_BASE_URL,
    storageState: { cookies: [], origins: [] },
  });
  return { context, page: await context.newPage() };
}

test("an administrator sets an initial password; the member must change it, then works", async ({
  page,
  browser,
}) => {
  const name = uniqueName("Ines Initial");
  const email = `ines-${RUN}@e2e.test`;
  await page.goto(MEMBERS_PATH);
  await addMember(page, { name, email, role: "Support staff", password: FIRST });

  await chooseMemberAction(page, name, "Set initial password");
  const dialog = page.getByRole("dialog", { name: `Set initial password for ${name}` });
  await dialog.getByRole("button", { name: "Set initial password" }).click();
  await expect(dialog.getByLabel("Initial password")).toHaveAccessibleDescription(
    /At least 12 characters.*Enter an initial password/,
  );
  await expectNoViolations(page);
  await dialog.getByLabel("Initial password").fill(RESET);
  await dialog.getByRole("button", { name: "Set initial password" }).click();
  await expect(
    toast(page, "Initial password set. They must change it when they next sign in."),
  ).toBeVisible();

  const { context, page: member } = await freshPage(browser);
  await member.goto("/login");
  await member.getByLabel("Email").fill(email);
  await member.getByLabel("Password").fill(FIRST);
  await member.getByRole("button", { name: "Sign in" }).click();
  await expect(member.getByText("Email or password is incorrect")).toBeVisible();

  await signIn(member, email, RESET);
  await expect(member).toHaveURL(new RegExp(`${CHANGE_PASSWORD_PATH}$`));
  await expect(member.getByRole("heading", { name: "Change password", level: 1 })).toBeVisible();
  await expect(member.getByText(/chosen by someone else/)).toBeVisible();
  // Every other page sends them back here; the navigation offers nothing else.
  await member.goto(API_PATH);
  await expect(member).toHaveURL(new RegExp(`${CHANGE_PASSWORD_PATH}$`));
  await expect(member.getByRole("navigation", { name: "Settings" }).getByRole("link")).toHaveText([
    "Password",
  ]);
  await expectNoViolations(member);

  await submitPasswordChange(member, "not-the-initial-one", OWN);
  await expect(member.getByLabel("Current password", { exact: true })).toHaveAccessibleDescription(
    "Your current password is incorrect",
  );
  await submitPasswordChange(member, RESET, "too-short", "too-short");
  await expect(member.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(
    /Passwords must be at least 12 characters/,
  );
  await expectNoViolations(member);

  await member.getByLabel("New password", { exact: true }).fill("");
  await replaceInitialPassword(member, email, RESET, OWN);
  await member.goto(API_PATH);
  await expect(member.getByRole("heading", { name: "API", level: 1 })).toBeVisible();
  await context.close();
});

test("Sign out everywhere in one browser ends the session in another", async ({ page, browser }) => {
  const name = uniqueName("Sam Sessions");
  const email = `sam-${RUN}@e2e.test`;
  await page.goto(MEMBERS_PATH);
  await addMember(page, { name, email, role: "Support staff", password: FIRST });

  const laptop = await freshPage(browser);
  await signIn(laptop.page, email, FIRST);
  await replaceInitialPassword(laptop.page, email, FIRST, OWN);
  const phone = await freshPage(browser);
  await signIn(phone.page, email, OWN);
  await phone.page.goto(API_PATH);
  await expect(phone.page.getByRole("heading", { name: "API", level: 1 })).toBeVisible();

  await laptop.page.goto(API_PATH);
  await laptop.page.getByRole("button", { name: "User menu" }).click();
  await expect(laptop.page.getByRole("menuitem", { name: "Change password" })).toBeVisible();
  await laptop.page.getByRole("menuitem", { name: "Sign out everywhere" }).click();
  await expect(laptop.page).toHaveURL(/\/login/);

  await phone.page.goto(API_PATH);
  await expect(phone.page).toHaveURL(/\/login/);
  // Signing in again works, with a new session.
  await signIn(phone.page, email, OWN);
  await phone.page.goto(API_PATH);
  await expect(phone.page.getByRole("heading", { name: "API", level: 1 })).toBeVisible();
  await laptop.context.close();
  await phone.context.close();
});
