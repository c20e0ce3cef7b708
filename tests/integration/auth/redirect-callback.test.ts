import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";

// next-auth asks this callback before every redirect it makes (after sign-in and sign-out);
// the form's own check is not the only guard.
const BASE = "http://localhost:3000";
const redirect = (url: string) => {
  const callback = authOptions(false).callbacks?.redirect;
  if (!callback) throw new Error("authOptions has no redirect callback");
  return callback({ url, baseUrl: BASE });
};

describe("next-auth redirect callback", () => {
  it.each(["/\\localhost:9", "/%5Clocalhost:9", "/\t/localhost:9", "//localhost:9", "http://localhost:9/"])(
    "sends %j home instead",
    async (url) => {
      expect(await redirect(url)).toBe(`${BASE}/`);
    },
  );

  it("keeps a path or an absolute URL on this origin", async () => {
    expect(await redirect("/settings/technical/api?status=enabled")).toBe(
      `${BASE}/settings/technical/api?status=enabled`,
    );
    expect(await redirect(`${BASE}/settings/members`)).toBe(`${BASE}/settings/members`);
  });
});
