import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signIn as signInOverHttp } from "../bench/support/sign-in";
import { THROTTLE_RULES } from "../lib/auth/login-throttle.policy";
import { generateToken } from "../tests/support/generate-token";
import {
  balancerSnippet,
  CLUSTER_ENV,
  postgresReachable,
  startCluster,
  type Cluster,
} from "./support/cluster";
import { E2E_PASSWORD, E2E_USERS } from "./support/e2e-env";
import { NGINX_BINARY, nginxAvailable } from "./support/nginx";
import { API_PATH, chooseFromMenu, createToken, toast, uniqueName } from "./support/tokens-ui";

// Issue 14.4: two production instances on one PostgreSQL database behind nginx as a
// round-robin balancer. A person works through the balancer across both; a revocation made
// through one instance is refused by the other on its next request; the sign-in throttle
// and the verification limiter count across instances.
test.describe.configure({ mode: "serial" });

test("the README's deployment guide shows the balancer configuration this test runs", () => {
  const readme = readFileSync("README.md", "utf8")
    .split("\n")
    .map((line) => line.trim())
    .join("\n");
  expect(readme).toContain(balancerSnippet(["10.0.0.11:3000", "10.0.0.12:3000"]).replace(/^ +/gm, ""));
});

const inCi = process.env.CI === "true";
let cluster: Cluster;
let skipReason: string | undefined;

test.beforeAll(async () => {
  test.setTimeout(5 * 60_000);
  if (!nginxAvailable()) skipReason = `nginx is not installed at ${NGINX_BINARY}`;
  else if (!(await postgresReachable())) skipReason = "PostgreSQL is not reachable";
  if (skipReason) {
    if (inCi) throw new Error(`CI requires the multi-instance test: ${skipReason}`);
    return;
  }
  cluster = await startCluster(2);
});

test.afterAll(async () => {
  await cluster?.stop();
});

test.beforeEach(({}, testInfo) => {
  if (testInfo.title.startsWith("the README")) return;
  test.skip(skipReason !== undefined, skipReason ?? "");
});

const instance = (index: number) => {
  const found = cluster.instances[index];
  if (!found) throw new Error(`no instance ${index}`);
  return found;
};

function check(baseUrl: string, token: string): Promise<number> {
  return fetch(`${baseUrl}/api/v1/auth/check`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(10_000),
  }).then((response) => response.status);
}

async function signInThroughBalancer(page: Page) {
  await page.goto(`${cluster.balancer}/login`);
  await page.getByLabel("Email").fill(E2E_USERS.administrator);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

test("work through the balancer on both instances; a revocation on one is refused by the other at once", async ({
  page,
}) => {
  await signInThroughBalancer(page);
  await page.goto(`${cluster.balancer}${API_PATH}`);
  const name = uniqueName("Cluster");
  const secret = await createToken(page, name);

  // The console's requests went to both instances, and nothing failed on either.
  const served = cluster.accessLog();
  for (const { url } of cluster.instances) {
    expect(served.some((line) => line.endsWith(new URL(url).host))).toBe(true);
  }
  expect(served.filter((line) => / 5\d\d /.test(line))).toEqual([]);

  expect(await check(instance(0).url, secret)).toBe(204);
  expect(await check(instance(1).url, secret)).toBe(204);

  // Revoke on the first instance itself (same host, so the session cookie goes along).
  await page.goto(`${instance(0).url}${API_PATH}`);
  await chooseFromMenu(page, name, "Revoke");
  await page
    .getByRole("dialog", { name: `Revoke ${name}?` })
    .getByRole("button", { name: "Revoke token" })
    .click();
  await expect(toast(page, "Token revoked")).toBeVisible();
  // Staleness is 30 s here: only the LISTEN/NOTIFY signal explains a refusal within seconds.
  await expect
    .poll(() => check(instance(1).url, secret), { timeout: 3_000, intervals: [0, 50, 100, 250] })
    .toBe(401);
  expect(await check(instance(0).url, secret)).toBe(401);
  // The secret was shown once, in the dialog, and never written by either instance.
  expect(cluster.serverLogs()).not.toContain(secret);
  expect(cluster.serverLogs()).toContain("listening on");
});

test("the verification limiter counts guesses across instances", async () => {
  const limit = Number(CLUSTER_ENV.KEYWARD_VERIFY_FAILURE_LIMIT);
  const statuses: number[] = [];
  for (let i = 0; i < limit; i++) {
    statuses.push(await check(instance(i % 2).url, generateToken().token));
  }
  expect(statuses).toEqual(Array.from({ length: limit }, () => 401));
  // Each instance has seen only half of them; together they are over the limit.
  expect(await check(instance(0).url, generateToken().token)).toBe(429);
  expect(await check(instance(1).url, generateToken().token)).toBe(429);
});

test("the sign-in throttle counts failures across instances", async ({ page }) => {
  // The free failures per email and address, alternating between the instances.
  for (let attempt = 0; attempt < THROTTLE_RULES.pair.free; attempt++) {
    await expect(
      signInOverHttp(instance(attempt % 2).url, E2E_USERS.administrator, "wrong-password-1"),
    ).rejects.toThrow(/sign-in as .* failed/);
  }
  // Neither instance alone has seen them all; the right password must still wait.
  await page.goto(`${cluster.balancer}/login`);
  await page.getByLabel("Email").fill(E2E_USERS.administrator);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/Too many sign-in attempts\. Try again in/)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
