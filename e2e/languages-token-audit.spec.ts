import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { storageStateFor } from "./support/e2e-env";
import { API_PATH, card, createToken, uniqueName } from "./support/tokens-ui";

// A token's page, the audit log, "Using the API" and the safety tips in the reader's
// language: an administrator who never chose one reads them in their browser's French or
// Spanish — headings, the history's action labels, the log's columns and filters, dates as
// Intl writes them in that language (in UTC, said so) — at the same URLs, and axe finds
// nothing in either language.
test.describe.configure({ mode: "serial" });

const ADMIN = storageStateFor("administrator");
const name = uniqueName("Facturación équipe");
let tokenPath = "";

// The log's times, as lib/i18n/format.ts writes them with `withZone`.
function utcDateTime(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(new Date(iso));
}

async function browserIn(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ storageState: ADMIN, locale });
  return context.newPage();
}

async function expectTimeIn(locale: string, time: ReturnType<Page["locator"]>) {
  const iso = await time.getAttribute("datetime");
  expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  await expect(time).toHaveText(utcDateTime(locale, iso ?? ""));
}

type Words = {
  locale: string;
  lang: string;
  details: string;
  history: string;
  usage: string;
  created: string;
  scopeTerm: string;
  fullLog: string;
  auditTitle: string;
  historyOf: string;
  table: string;
  columns: string[];
  anyAction: string;
  actionFilter: string;
};

const LANGUAGES: Words[] = [
  {
    locale: "fr-FR",
    lang: "fr",
    details: "Détails",
    history: "Historique",
    usage: "Utilisation",
    created: "Jeton créé",
    scopeTerm: "Portée",
    fullLog: "Voir tout l'historique dans le journal d'audit",
    auditTitle: "Journal d'audit",
    historyOf: `Historique de ${name}`,
    table: "Événements d'audit",
    columns: ["Date", "Auteur", "Action", "Jeton", "Adresse du client", "Agent utilisateur", "Modification"],
    anyAction: "Toutes les actions",
    actionFilter: "Action",
  },
  {
    locale: "es-ES",
    lang: "es",
    details: "Detalles",
    history: "Historial",
    usage: "Uso",
    created: "Token creado",
    scopeTerm: "Alcance",
    fullLog: "Ver el historial completo en el registro de auditoría",
    auditTitle: "Registro de auditoría",
    historyOf: `Historial de ${name}`,
    table: "Eventos de auditoría",
    columns: ["Fecha", "Autor", "Acción", "Token", "Dirección del cliente", "Agente de usuario", "Cambio"],
    anyAction: "Cualquier acción",
    actionFilter: "Acción",
  },
];

test("an administrator creates a token (in English, the default)", async ({ browser }) => {
  const page = await browserIn(browser, "en-US");
  await page.goto(API_PATH);
  await createToken(page, name);
  tokenPath = (await card(page, name).getByRole("link", { name, exact: true }).getAttribute("href")) ?? "";
  expect(tokenPath).toMatch(/^\/settings\/technical\/api\/tokens\//);
  await page.context().close();
});

for (const words of LANGUAGES) {
  test(`the token page and its audit log read in ${words.lang}`, async ({ browser }) => {
    const page = await browserIn(browser, words.locale);
    await page.goto(tokenPath);
    await expect(page.locator("html")).toHaveAttribute("lang", words.lang);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    const details = page.getByRole("region", { name: words.details });
    await expect(details.getByRole("term").filter({ hasText: words.scopeTerm })).toHaveCount(1);
    await expect(page.getByRole("region", { name: words.usage })).toBeVisible();

    const history = page.getByRole("region", { name: words.history });
    const created = history.getByRole("row").filter({ hasText: words.created });
    await expect(created).toHaveCount(1);
    await expectTimeIn(words.lang, created.locator("time"));
    await expect(history).not.toContainText(/\d{4}-\d{2}-\d{2}T/);
    await expectNoViolations(page);

    // The whole history, in the audit log: same language, same URL for everyone.
    await history.getByRole("link", { name: words.fullLog }).click();
    await expect(page).toHaveURL(/\/settings\/technical\/api\/audit\?token=/);
    await expect(page.getByRole("heading", { level: 1, name: words.auditTitle })).toBeVisible();
    await expect(page.getByText(words.historyOf)).toBeVisible();
    const table = page.getByRole("table", { name: words.table });
    for (const column of words.columns) {
      await expect(table.getByRole("columnheader", { name: column, exact: true })).toBeAttached();
    }
    const row = table.getByRole("row").filter({ hasText: words.created });
    await expect(row).toHaveCount(1);
    await expectTimeIn(words.lang, row.locator("time"));
    await expect(page.getByLabel(words.actionFilter, { exact: true })).toHaveValue("");
    await expect(
      page.getByLabel(words.actionFilter, { exact: true }).getByRole("option", { name: words.anyAction }),
    ).toBeAttached();
    await expectNoViolations(page);

    // Filtering by the action's label in this language finds the event.
    await page.getByLabel(words.actionFilter, { exact: true }).selectOption({ label: words.created });
    await expect(page).toHaveURL(/action=token\.created/);
    await expect(table.getByRole("row").filter({ hasText: words.created })).toHaveCount(1);
    await page.context().close();
  });
}

const GUIDES = [
  {
    locale: "fr-FR",
    docs: "Utiliser l'API",
    answers: "Réponses",
    copy: "Copier curl : vérifier un jeton",
    safety: "Protégez vos jetons d'accès",
    tip: "Faites pivoter les jetons régulièrement.",
  },
  {
    locale: "es-ES",
    docs: "Usar la API",
    answers: "Respuestas",
    copy: "Copiar curl: comprobar un token",
    safety: "Mantén seguros tus tokens de acceso",
    tip: "Rota los tokens con regularidad.",
  },
];

for (const words of GUIDES) {
  test(`"Using the API" and the safety tips read in ${words.locale}`, async ({ browser }) => {
    const page = await browserIn(browser, words.locale);
    await page.goto(`${API_PATH}/docs`);
    await expect(page.getByRole("heading", { level: 1, name: words.docs })).toBeVisible();
    await expect(page.getByRole("table", { name: words.answers })).toHaveCount(2);
    await expect(page.getByRole("button", { name: words.copy })).toBeVisible();
    // The code stays code, whatever the language.
    await expect(
      page.getByRole("region", { name: "nginx auth_request" }).getByText(/auth_request \/_keyward_check;/),
    ).toBeVisible();
    await expectNoViolations(page);

    await page.goto(`${API_PATH}/safety`);
    await expect(page.getByRole("heading", { level: 1, name: words.safety })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: words.tip })).toBeVisible();
    await expectNoViolations(page);
    await page.context().close();
  });
}
