import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/e2e-env";

// A page on another site can make a signed-in browser POST to the console; such writes are
// refused before any route or server action runs.
test.describe("cross-origin writes", () => {
  test.use({ storageState: storageStateFor("administrator") });

  test("a server action posted from another origin is refused, and the page still works", async ({
    page,
  }) => {
    const response = await page.request.post("/settings/technical/api", {
      headers: {
        Origin: "https://evil.example",
        "Next-Action": "0".repeat(42),
        "Content-Type": "text/plain;charset=UTF-8",
      },
      data: "[]",
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toBe("Cross-origin request refused.\n");

    const same = await page.goto("/settings/technical/api");
    expect(same?.status()).toBe(200);
  });

  test("a sign-in posted from another origin is refused", async ({ request }) => {
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { Origin: "https://evil.example" },
      form: { email: "admin@e2e.test", password: "whatever" },
    });
    expect(response.status()).toBe(403);
  });
});
