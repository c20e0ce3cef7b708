import { expect, test, type Locator } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { E2E_BASE_URL, storageStateFor, type E2ERole } from "./support/e2e-env";
import {
  API_PATH,
  card,
  chooseFromMenu,
  createToken,
  expectNoSecretInPage,
  toast,
  uniqueName,
} from "./support/tokens-ui";

// Help where it is needed: the "Using the API" page, the OpenAPI document, the safety tips
// page, the scope choices' descriptions and the token hint's explanation.
const DOCS_PATH = `${API_PATH}/docs`;
const SAFETY_PATH = `${API_PATH}/safety`;

test.describe("as an administrator", () => {
  test.use({ storageState: storageStateFor("administrator") });

  test("the API page header opens “Using the API”, whose examples carry this instance's URL and copy", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(API_PATH);
    await page.getByRole("link", { name: "Using the API" }).click();
    await expect(page).toHaveURL(DOCS_PATH);
    await expect(page.getByRole("heading", { level: 1, name: "Using the API" })).toBeVisible();

    // The configured public URL (NEXTAUTH_URL of the e2e server), in every example.
    for (const title of [
      "curl: check a token",
      "nginx auth_request",
      "Traefik forwardAuth",
      "Envoy ext_authz (HTTP)",
      "curl: introspect a token",
      "Resource server (Node.js)",
    ]) {
      const example = page.getByRole("region", { name: title });
      await expect(example.getByRole("heading", { name: title })).toBeVisible();
      await expect(example.getByText(E2E_BASE_URL), title).toBeVisible();
    }

    const curl = page.getByRole("region", { name: "curl: check a token" });
    await curl.getByRole("button", { name: "Copy curl: check a token" }).click();
    await expect(toast(page, "Copied to clipboard")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`curl -i "${E2E_BASE_URL}/api/v1/auth/check"`);
    expect(copied).toContain("Authorization: Bearer $KEYWARD_TOKEN");

    await expectNoViolations(page);
  });

  test("the OpenAPI link opens the JSON document, served without a session", async ({ page, browser }) => {
    await page.goto(DOCS_PATH);
    await page.getByRole("link", { name: "OpenAPI document" }).click();
    await expect(page).toHaveURL(/\/api\/v1\/openapi\.json$/);
    const shown = JSON.parse((await page.locator("body").textContent()) ?? "{}") as {
      openapi?: string;
      servers?: { url: string }[];
    };
    expect(shown.openapi).toBe("3.1.0");
    expect(shown.servers).toEqual([{ url: E2E_BASE_URL }]);

    // Anyone (a gateway's tooling, a code generator) may fetch it, and cache it; a Host
    // header of the client's choosing does not change the server URL it names.
    const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const response = await anonymous.request.get("/api/v1/openapi.json", {
      headers: { "X-Forwarded-Host": "evil.example" },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=3600");
    expect(((await response.json()) as { servers: unknown }).servers).toEqual([{ url: E2E_BASE_URL }]);
    await anonymous.close();
  });

  test("the safety panel covers every tip and links to the full tips page", async ({ page }) => {
    await page.goto(API_PATH);
    const panel = page.getByRole("complementary", { name: "Keep your tokens safe" });
    for (const tip of [
      "Share and store tokens securely.",
      "Encrypt tokens at rest and in transit.",
      "Rotate tokens regularly.",
      "Limit each token’s scope.",
      "Reset a token when you re-enable it or suspect it leaked.",
      "Disable or delete tokens you no longer need.",
      "Keep technical contacts current.",
    ]) {
      await expect(panel.getByRole("listitem").filter({ hasText: tip })).toBeVisible();
    }
    await panel.getByRole("link", { name: "All tips for keeping tokens safe" }).click();
    await expect(page).toHaveURL(SAFETY_PATH);
    await expect(page.getByRole("heading", { level: 1, name: "Keep your tokens safe" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Rotate tokens regularly." })).toBeVisible();
    await expect(page.getByText(/keep the old secret valid for 1 hour, 24 hours or 7 days/)).toBeVisible();
    await expectNoViolations(page);
  });

  test("the scope choices describe themselves, in the create and edit forms", async ({ page }) => {
    const expectDescribedScopes = async (form: Locator) => {
      await expect(form.getByRole("radio", { name: "Read only" })).toHaveAccessibleDescription(
        "Can read data in the API sections checked below; cannot add, change or delete records.",
      );
      await expect(form.getByRole("radio", { name: "Read & write" })).toHaveAccessibleDescription(
        "Can read, add, change and delete records in the API sections checked below.",
      );
      await expect(form.getByRole("group", { name: "Scope" })).toHaveAccessibleDescription(
        /A token never exceeds its owner’s rights/,
      );
    };
    await page.goto(API_PATH);
    await page.getByRole("button", { name: "Create access token" }).click();
    await expectDescribedScopes(page.getByRole("dialog", { name: "Create access token" }));
    await expectNoViolations(page);
    await page.keyboard.press("Escape");

    const name = uniqueName("Scoped");
    await createToken(page, name);
    await chooseFromMenu(page, name, "Edit");
    await expectDescribedScopes(page.getByRole("dialog", { name: `Edit ${name}` }));
  });

  test("a new token's hint matches the start and the end of its secret, and explains itself", async ({
    page,
  }) => {
    await page.goto(API_PATH);
    const name = uniqueName("Hinted");
    const secret = await createToken(page, name);
    const hint = card(page, name).getByRole("button", { name: `${secret.slice(0, 16)}…${secret.slice(-4)}` });
    await expect(hint).toHaveAccessibleDescription(/ends with the 4 after “…”/);
    await hint.focus();
    await expect(page.getByRole("tooltip")).toContainText(
      "Compare them with the token your integration holds",
    );
    // Only the start and the checksum's last 4 characters: none of the secret itself.
    await expectNoSecretInPage(page, "api-docs-hint", [secret]);
  });
});

// Every role that sees the API page sees its help pages; a member sees neither.
const ACCESS: Array<{ role: E2ERole; allowed: boolean }> = [
  { role: "implementation_specialist", allowed: true },
  { role: "support_staff", allowed: true },
  { role: "member", allowed: false },
];

for (const { role, allowed } of ACCESS) {
  test.describe(() => {
    test.use({ storageState: storageStateFor(role) });
    test(`${role} ${allowed ? "may" : "may not"} open the API docs and the safety tips`, async ({ page }) => {
      for (const path of [DOCS_PATH, SAFETY_PATH]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(allowed ? 200 : 403);
      }
    });
  });
}
