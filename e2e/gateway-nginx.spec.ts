import { readFileSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { mistype } from "../tests/support/mistype";
import { E2E_BASE_URL, storageStateFor } from "./support/e2e-env";
import { nginxAvailable, NGINX_BINARY } from "./support/nginx";
import { keywardSnippet, startEchoUpstream, startNginxGateway } from "./support/nginx-gateway";
import {
  API_PATH,
  card,
  chooseFromMenu,
  createToken,
  expectNoSecretInPage,
  takeSecret,
  toast,
  uniqueName,
} from "./support/tokens-ui";

// A real nginx (Debian's package) protects a small upstream with auth_request to Keyward's
// /api/v1/auth/check, on the production server this suite runs against, with the README's
// snippet. The tokens are created and revoked in the console, as an administrator would.
// The e2e server trusts 127.0.0.1 (nginx) as a proxy; clients that bind 127.0.0.2 or
// 127.0.0.3 stand for people on the internet.
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
  // One address for Keyward, so nginx never tries ::1 first.
  gateway = await startNginxGateway(E2E_BASE_URL.replace("localhost", "127.0.0.1"), upstream.port);
});

test.afterAll(async () => {
  await gateway?.stop();
  await upstream?.close();
});

type Echo = { path: string; headers: Record<string, string | undefined> };

function call(path: string, token?: string): Promise<Response> {
  return fetch(`${gateway.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

// Through the gateway from a chosen loopback source address (fetch cannot choose one).
function callFrom(
  from: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  const { hostname, port } = new URL(gateway.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, headers, localAddress: from }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("the gateway runs the README's snippet, word for word", () => {
  const readme = readFileSync("README.md", "utf8");
  expect(readme).toContain(keywardSnippet("http://keyward:3000", "http://leads-api"));
});

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

  // Keyward's refusals reach the client as Keyward gave them, never as nginx's 500.
  const forbidden = await call("/reports/1", secret);
  expect(forbidden.status).toBe(403);
  expect(forbidden.headers.get("www-authenticate")).toContain('error="insufficient_scope"');
  const missingToken = await call("/leads/42");
  expect(missingToken.status).toBe(401);
  expect(missingToken.headers.get("www-authenticate")).toContain('error="invalid_token"');
  const typo = await call("/leads/42", mistype(secret));
  expect(typo.status).toBe(401);
  expect(typo.headers.get("www-authenticate")).toMatch(/^Bearer realm="keyward", error="invalid_token"/);

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

test("behind nginx, the client's own address counts, and a forged X-Forwarded-For does not", async ({
  page,
}) => {
  const name = uniqueName("Gateway IP");
  await page.goto(API_PATH);
  await page.getByRole("button", { name: "Create access token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create access token" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Leads").check();
  await dialog.getByLabel("Allowed IP ranges").fill("127.0.0.2/32");
  await dialog.getByRole("button", { name: "Create token" }).click();
  const secret = await takeSecret(page);
  const bearer = { authorization: `Bearer ${secret}` };

  expect((await callFrom("127.0.0.2", "/leads/1", bearer)).status).toBe(200);
  // Another client claims to be 127.0.0.2; nginx appends its real address, which is what
  // Keyward reads (the first hop from the right that is not a trusted proxy).
  const forged = await callFrom("127.0.0.3", "/leads/1", { ...bearer, "x-forwarded-for": "127.0.0.2" });
  expect(forged.status).toBe(401);
  expect(forged.headers["www-authenticate"]).toContain("may not be used from this address");
});

test("a 429 or 503 from Keyward reaches the client with its Retry-After, not as nginx's 500", async () => {
  // A stand-in for Keyward answering whatever status the bearer names: the snippet is under
  // test here, not Keyward's limiter.
  const stub = createServer((req, res) => {
    const status = Number(req.headers.authorization?.replace("Bearer ", ""));
    res.writeHead(status, status === 429 || status === 503 ? { "Retry-After": "17" } : {}).end();
  });
  await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
  const stubGateway = await startNginxGateway(
    `http://127.0.0.1:${(stub.address() as AddressInfo).port}`,
    upstream.port,
  );
  try {
    for (const status of [429, 503]) {
      const res = await fetch(`${stubGateway.url}/leads/1`, {
        headers: { authorization: `Bearer ${status}` },
      });
      expect(res.status).toBe(status);
      expect(res.headers.get("retry-after")).toBe("17");
    }
  } finally {
    await stubGateway.stop();
    stub.closeAllConnections();
    await new Promise((resolve) => stub.close(resolve));
  }
});
