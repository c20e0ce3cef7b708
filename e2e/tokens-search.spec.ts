import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { storageStateFor } from "./support/e2e-env";
import { runScript } from "./support/run-script";
import { API_PATH, card, uniqueName } from "./support/tokens-ui";

// "Search by name" as a user types it: without the accents, ß or capitals of the names,
// and with characters a database would otherwise read as wildcards.
test.use({ storageState: storageStateFor("administrator") });

const label = uniqueName("Équipe Straße");
const SEEDED = ["fresh", "old", "paused", "retired", "ending", "lapsed", "frozen"].map(
  (s) => `${label} ${s}`,
);

test.beforeAll(() => {
  runScript("e2e/support/seed-tokens-script.ts", ["filters", label]);
});

async function expectShown(page: Page, shown: readonly string[]) {
  for (const name of SEEDED) await expect(card(page, name)).toHaveCount(shown.includes(name) ? 1 : 0);
}

test("finds names whatever their accents and case, and takes % and _ literally", async ({ page }) => {
  await page.goto(API_PATH);
  const search = page.getByRole("searchbox", { name: "Search by name" });
  const folded = label.replace("Équipe", "EQUIPE").replace("Straße", "strasse");
  await search.fill(folded);
  await expect(page).toHaveURL(/q=EQUIPE/);
  await expectShown(page, SEEDED);
  await expectNoViolations(page);

  await search.fill(`${folded} pau`);
  await expectShown(page, [`${label} paused`]);

  // As LIKE wildcards these would match every seeded name. Opened as shared links, so each
  // list is the server's answer to that query, not the previous one still on screen.
  for (const query of [`${folded} %`, `${folded} _aused`, `${folded.slice(0, -3)}%`]) {
    await page.goto(`${API_PATH}?q=${encodeURIComponent(query)}`);
    await expect(search).toHaveValue(query);
    await expectShown(page, []);
  }
  await page.goto(`${API_PATH}?q=${encodeURIComponent(`${folded} fresh`)}`);
  await expectShown(page, [`${label} fresh`]);
});
