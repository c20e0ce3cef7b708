import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_PORT, E2E_USERS } from "./support/e2e-env";
import { API_PATH, createToken, uniqueName } from "./support/tokens-ui";

// The console under its Content-Security-Policy, in a real browser: every page works with
// scripts allowed only by the per-request nonce, and the browser reports no violation.
// Then the cookie and HSTS rules per protocol, with 127.0.0.1 as the trusted proxy
// (KEYWARD_TRUSTED_PROXIES in e2e/support/e2e-env.ts) and 127.0.0.2 as a client that is not.

async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text()))
      violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

test("sign-in and the API page work under the CSP, with no violation reported", async ({ page }) => {
  const violations = await watchForViolations(page);
  const login = await page.goto("/login");
  const policy = (await login?.allHeaders())?.["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // Tailwind's stylesheet applied: the button is not the browser's default grey.
  const signIn = page.getByRole("button", { name: "Sign in" });
  expect(await signIn.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toMatch(
    /rgb\(239, 239, 239\)|rgba\(0, 0, 0, 0\)/,
  );

  await page.getByLabel("Email").fill(E2E_USERS.administrator);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await signIn.click();
  await expect(page).not.toHaveURL(/\/login/);
  const api = await page.goto(API_PATH);
  expect((await api?.allHeaders())?.["content-security-policy"]).toMatch(/'nonce-[^']+'/);
  await createToken(page, uniqueName("CSP"));
  // The 404 page too, which Next.js would otherwise prerender without a nonce.
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the console" }).click();
  await expect(page).toHaveURL(new RegExp(API_PATH));
  expect(violations).toEqual([]);
});

type Reply = { status: number; headers: IncomingHttpHeaders; body: string };

// Node's own client, so the test can choose the source address (fetch cannot).
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; from?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: E2E_PORT,
        path,
        method: options.method ?? "GET",
        headers: options.headers,
        localAddress: options.from ?? "127.0.0.1",
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

// Signs in through next-auth's own endpoints and returns every Set-Cookie it answered with.
async function signInCookies(from: string, forwarded: Record<string, string>) {
  const csrf = await send("/api/auth/csrf", { from, headers: forwarded });
  const csrfCookies = csrf.headers["set-cookie"] ?? [];
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const callback = await send("/api/auth/callback/credentials", {
    method: "POST",
    from,
    headers: {
      ...forwarded,
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrfCookies.map((c) => c.split(";")[0]).join("; "),
    },
    body: new URLSearchParams({
      csrfToken,
      email: E2E_USERS.support_staff,
      password: E2E_PASSWORD,
      json: "true",
    }).toString(),
  });
  expect(callback.status).toBe(200);
  const cookies = [...csrfCookies, ...(callback.headers["set-cookie"] ?? [])];
  const session = cookies.find((c) => /next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`no session cookie in ${cookies.join(" | ")}`);
  return { cookies, session, hsts: csrf.headers["strict-transport-security"] };
}

test("over plain http: no HSTS, and next-auth's cookies are not Secure", async () => {
  const { cookies, session, hsts } = await signInCookies("127.0.0.1", {});
  expect(hsts).toBeUndefined();
  expect(session).toMatch(/^next-auth\.session-token=/);
  for (const cookie of cookies) expect(cookie).not.toMatch(/;\s*Secure/i);
});

test("through the trusted proxy saying https: HSTS, and Secure cookies with __Secure- names", async () => {
  const { cookies, session, hsts } = await signInCookies("127.0.0.1", {
    "x-forwarded-proto": "https",
    "x-forwarded-for": "198.51.100.7",
  });
  expect(hsts).toMatch(/max-age=\d+/);
  expect(session).toMatch(/^__Secure-next-auth\.session-token=.*;\s*Secure/i);
  for (const cookie of cookies.filter((c) => c.includes("next-auth"))) expect(cookie).toMatch(/;\s*Secure/i);
});

test("an untrusted peer saying https gets neither HSTS nor Secure cookies", async () => {
  const { cookies, session, hsts } = await signInCookies("127.0.0.2", {
    "x-forwarded-proto": "https",
  });
  expect(hsts).toBeUndefined();
  expect(session).toMatch(/^next-auth\.session-token=/);
  for (const cookie of cookies) expect(cookie).not.toMatch(/;\s*Secure/i);
});
