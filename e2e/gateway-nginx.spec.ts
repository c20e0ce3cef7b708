import { expect, test } from "@playwright/test";
import { E2E_BASE_URL, storageStateFor } from "./support/e2e-env";
import { nginxAvailable, NGINX_BINARY, startEchoUpstream, startNginxGateway } from "./support/nginx-gateway";
import {
  API_PATH,
  card,
  chooseFromMenu,
  createToken,
  expectNoSecretInPage,
  toast,
  uniqueName,
} from "./support/tokens-ui";

// A real nginx (Debian's package) protects a small upstream with auth_request to Keyward's
// /api/v1/auth/check, on the production server this suite runs against. The tokens are
// created and revoked in the console, as an administrator would.
test.use({ storageState: storageStateFor("administrator") });

const missing = !nginxAvailable();
test.skip(
  missing && process.env.CI !== "true",
  `nginx is not installed at ${NGINX_BINARY}; install Debian's nginx to run the gateway test`,
);

let gateway: Awaited<ReturnType<typeof startNginxGateway>>;
let upstream: Awaited<ReturnType<typeof startEchoUpstream>>;

test.beforeAll(async () => {
  if (missing) throw new Error(`CI requires nginx at ${NGINX_BINARY}`);
  upstream = await startEchoUpstream();
  gateway = await startNginxGateway(E2E_BASE_URL, upstream.port);
});

test.afterAll(async () => {
  await gateway?.stop();
  await upstream?.close();
});

type Echo = { path: string; headers: Record<string, string | undefined> };

function call(path: string, token?: string): Promise<Response> {
  return fetch(`${gateway.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

test("nginx auth_request: a valid token passes with its identity, a missing section is 403, a revoked token is refused at once", async ({
  page,
}) => {
  const name = uniqueName("Gateway");
  await page.goto(API_PATH);
  const secret = await createToken(page, name, { checkAll: false });

  const passed = await call("/leads/42", secret);
  expect(passed.status).toBe(200);
  const echo = (await passed.json()) as Echo;
  expect(echo.path).toBe("/leads/42");
  expect(decodeURIComponent(echo.headers["x-keyward-token-name"] ?? "")).toBe(name);
  expect(echo.headers["x-keyward-token-id"]).toMatch(/\S+/);
  expect(echo.headers["x-keyward-owner-email"]).toBe("admin@e2e.test");
  expect(echo.headers["x-keyward-scopes"]).toBe("leads:read");
  expect(echo.headers["x-keyward-api-version"]).toMatch(/^\d{4}-\d{2}$/);
  // The gateway keeps the token from the upstream.
  expect(echo.headers.authorization).toBeUndefined();

  expect((await call("/reports/1", secret)).status).toBe(403);
  expect((await call("/leads/42")).status).toBe(401);
  expect((await call("/leads/42", `${secret.slice(0, -1)}x`)).status).toBe(401);

  await chooseFromMenu(page, name, "Revoke");
  await page
    .getByRole("dialog", { name: `Revoke ${name}?` })
    .getByRole("button", { name: "Revoke token" })
    .click();
  await expect(toast(page, "Token revoked")).toBeVisible();
  await expect(card(page, name)).toContainText("Revoked");
  expect((await call("/leads/42", secret)).status).toBe(401);
  await expectNoSecretInPage(page, "gateway-after-revoke", [secret]);
});
