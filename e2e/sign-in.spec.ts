import { expect, test, type Page } from "@playwright/test";
import { THROTTLE_RULES } from "../lib/auth/login-throttle.policy";
import { E2E_PASSWORD, E2E_USERS } from "./support/e2e-env";

// The form's own message region; Next.js adds a second, empty alert (its route announcer).
const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an administrator signs in and reaches Settings → Technical → API through the user menu", async ({
  page,
}) => {
  await signIn(page, E2E_USERS.administrator, E2E_PASSWORD);
  await expect(page).not.toHaveURL(/\/login/);
  await page.getByRole("button", { name: "User menu" }).click();
  await page.getByRole("menuitem", { name: "Settings" }).click();
  const nav = page.getByRole("navigation", { name: "Settings" });
  await expect(nav.getByText("Technical")).toBeVisible();
  await nav.getByRole("link", { name: "API" }).click();
  await expect(page).toHaveURL(/\/settings\/technical\/api$/);
  await expect(page.getByRole("heading", { name: "API", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Members" })).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await signIn(page, E2E_USERS.support_staff, "not-the-password");
  await expect(formAlert(page)).toHaveText("Email or password is incorrect");
  await expect(page).toHaveURL(/\/login/);
});

test("empty and malformed fields get messages next to them, without a request failing", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address")).toBeVisible();
  await expect(page.getByText("Enter your password")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("x");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter a valid email address, like name@example.com")).toBeVisible();
});

test("a technical user cannot sign in with a password", async ({ page }) => {
  await signIn(page, "robot@e2e.test", E2E_PASSWORD);
  await expect(formAlert(page)).toHaveText("Email or password is incorrect");
});

test("repeated failures for one email are slowed down", async ({ page }) => {
  const email = "nobody-rate-limit@e2e.test";
  for (let attempt = 0; attempt < THROTTLE_RULES.pair.free; attempt++) {
    await signIn(page, email, `wrong-${attempt}`);
    await expect(formAlert(page)).toHaveText("Email or password is incorrect");
  }
  // Straight away, on the same page: the first delay is a few seconds.
  await page.getByLabel("Password").fill("wrong-again");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(page)).toContainText("Too many sign-in attempts. Try again in");
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, E2E_USERS.administrator, E2E_PASSWORD);
  await expect(page).not.toHaveURL(/\/login/);
  await page.getByRole("button", { name: "User menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/settings/technical/api");
  await expect(page).toHaveURL(/\/login/);
});

// `/\host` is a path to the form's old check but another origin to the browser. Port 9 of
// this machine stands in for the attacker's site: nothing listens there.
test("a callbackUrl pointing at another origin is ignored after signing in", async ({ page, baseURL }) => {
  const offSite: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).port === "9") offSite.push(request.url());
  });
  await page.goto("/login?callbackUrl=/%5Clocalhost:9");
  await page.getByLabel("Email").fill(E2E_USERS.administrator);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => page.url(), { timeout: 15_000 }).not.toMatch(/\/login(\?|$)/);
  expect(new URL(page.url()).origin, `ended on ${page.url()}`).toBe(new URL(baseURL ?? "").origin);
  expect(offSite).toEqual([]);
  await expect(page.getByRole("button", { name: "User menu" })).toBeVisible();
});
