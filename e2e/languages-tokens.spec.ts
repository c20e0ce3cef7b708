import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { E2E_PASSWORD, E2E_TOKEN_SPEAKERS } from "./support/e2e-env";
import { recordSecret } from "./support/secret-ledger";
import { API_PATH, expectNoSecretInPage, uniqueName } from "./support/tokens-ui";

// The main flow, as a new user meets it: the browser's language on the sign-in page,
// another language chosen in the user menu, then a token created (after a field error),
// its secret copied, reset and revoked — every label, dialog, toast, error and date in the
// chosen language, and axe finds nothing on the page or in any open dialog.
test.describe.configure({ mode: "serial" });
// Each test is a whole journey (three dialogs, two secrets, axe at every step).
test.slow();

type Flow = {
  browserLocale: string;
  signIn: { lang: string; heading: string; email: string; password: string; submit: string };
  user: { email: string; name: string };
  userMenu: string;
  chosen: { lang: string; menuItem: string; userMenu: string; notifications: RegExp };
  words: {
    create: string;
    nameLabel: string;
    checkAll: string;
    ipsLabel: string;
    submit: string;
    nameRequired: string;
    ipsInvalid: (entries: string[]) => string;
    checkFields: string;
    secretTitle: string;
    secretLabel: string;
    show: string;
    copy: string;
    copied: string;
    done: string;
    created: string;
    enabled: string;
    createdLabel: string;
    createdBy: (day: string, name: string) => string;
    expiresIn: string;
    moreActions: (name: string) => string;
    reset: string;
    resetTitle: (name: string) => string;
    grace: string;
    resetConfirm: string;
    resetToast: string;
    revoke: string;
    revokeTitle: (name: string) => string;
    revokeConfirm: string;
    revokeToast: string;
    revoked: string;
    revokedLabel: string;
  };
};

const SPANISH: Flow = {
  browserLocale: "fr-FR",
  signIn: {
    lang: "fr",
    heading: "Connectez-vous à la console",
    email: "Adresse e-mail",
    password: "Mot de passe",
    submit: "Se connecter",
  },
  user: E2E_TOKEN_SPEAKERS.es,
  userMenu: "Profil de l'utilisateur",
  chosen: { lang: "es", menuItem: "Español", userMenu: "Perfil de usuario", notifications: /Notificaciones/ },
  words: {
    create: "Crear token de acceso",
    nameLabel: "Nombre",
    checkAll: "Marcar todas",
    ipsLabel: "Rangos de IP permitidos",
    submit: "Crear token",
    nameRequired: "Escribe un nombre",
    ipsInvalid: (entries) => `Direcciones IP o rangos CIDR no válidos: ${entries.join(", ")}`,
    checkFields: "Revisa los campos marcados.",
    secretTitle: "Copia tu nuevo token",
    secretLabel: "Token de acceso",
    show: "Mostrar token",
    copy: "Copiar al portapapeles",
    copied: "Token copiado al portapapeles",
    done: "Listo",
    created: "Token creado",
    enabled: "Habilitado",
    createdLabel: "Creado el",
    createdBy: (day, name) => `${day} por ${name}`,
    expiresIn: "dentro de 3 meses",
    moreActions: (name) => `Más acciones para ${name}`,
    reset: "Restablecer",
    resetTitle: (name) => `¿Restablecer ${name}?`,
    grace: "Mantener válido el secreto anterior durante",
    resetConfirm: "Restablecer token",
    resetToast: "Token restablecido",
    revoke: "Revocar",
    revokeTitle: (name) => `¿Revocar ${name}?`,
    revokeConfirm: "Revocar token",
    revokeToast: "Token revocado",
    revoked: "Revocado",
    revokedLabel: "Revocado el",
  },
};

const FRENCH: Flow = {
  browserLocale: "es-ES",
  signIn: {
    lang: "es",
    heading: "Inicia sesión en la consola",
    email: "Correo electrónico",
    password: "Contraseña",
    submit: "Iniciar sesión",
  },
  user: E2E_TOKEN_SPEAKERS.fr,
  userMenu: "Perfil de usuario",
  chosen: {
    lang: "fr",
    menuItem: "Français",
    userMenu: "Profil de l'utilisateur",
    notifications: /Notifications/,
  },
  words: {
    create: "Créer un jeton d'accès",
    nameLabel: "Nom",
    checkAll: "Tout cocher",
    ipsLabel: "Plages IP autorisées",
    submit: "Générer",
    nameRequired: "Saisissez un nom",
    ipsInvalid: (entries) => `Adresses IP ou plages CIDR non valides : ${entries.join(", ")}`,
    checkFields: "Vérifiez les champs signalés.",
    secretTitle: "Copiez votre nouveau jeton",
    secretLabel: "Jeton d'accès",
    show: "Afficher le jeton",
    copy: "Copier dans le presse-papier",
    copied: "Jeton copié dans le presse-papier",
    done: "Terminé",
    created: "Jeton créé",
    enabled: "Activé",
    createdLabel: "Créé le",
    createdBy: (day, name) => `${day} par ${name}`,
    expiresIn: "dans 3 mois",
    moreActions: (name) => `Plus d'actions pour ${name}`,
    reset: "Réinitialiser",
    resetTitle: (name) => `Réinitialiser ${name} ?`,
    grace: "Garder l'ancien secret valide pendant",
    resetConfirm: "Réinitialiser le jeton",
    resetToast: "Jeton réinitialisé",
    revoke: "Révoquer",
    revokeTitle: (name) => `Révoquer ${name} ?`,
    revokeConfirm: "Révoquer le jeton",
    revokeToast: "Jeton révoqué",
    revoked: "Révoqué",
    revokedLabel: "Révoqué le",
  },
};

async function browserIn(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  return context.newPage();
}

// Today as a reader of `lang` writes it, in UTC as the console shows dates.
const today = (lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" }).format(new Date());

// Reveals, copies and closes the one-time secret, in the flow's words, once the action's
// toast has said what happened (before the dialog's checks outlast it); returns the secret.
async function takeSecret(page: Page, { words, chosen }: Flow, outcome: string): Promise<string> {
  const dialog = page.getByRole("dialog", { name: words.secretTitle });
  await expect(dialog).toBeVisible();
  await expect(toastOf(page, chosen.notifications, outcome)).toBeVisible();
  const field = dialog.getByLabel(words.secretLabel);
  await dialog.getByRole("button", { name: words.show }).click();
  const secret = await field.inputValue();
  expect(secret).toMatch(/^kw_[0-9A-Za-z]{12}_[0-9A-Za-z]{32}$/);
  recordSecret(secret);
  await expectNoViolations(page, true);
  // The previous secret's "copied" toast may still be up on a fast machine; this copy's
  // toast is told apart by waiting for that one to go first.
  await expect(toastOf(page, chosen.notifications, words.copied)).toHaveCount(0);
  await dialog.getByRole("button", { name: words.copy }).click();
  await expect(toastOf(page, chosen.notifications, words.copied)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await dialog.getByRole("button", { name: words.done }).click();
  await expect(dialog).toBeHidden();
  return secret;
}

function toastOf(page: Page, region: RegExp, text: string) {
  return page.getByRole("region", { name: region }).getByText(text, { exact: true });
}

async function run(browser: Browser, flow: Flow) {
  const { words, chosen } = flow;
  const page = await browserIn(browser, flow.browserLocale);
  const html = page.locator("html");

  // The sign-in page in the browser's language.
  await page.goto("/login");
  await expect(html).toHaveAttribute("lang", flow.signIn.lang);
  await expect(page.getByRole("heading", { name: flow.signIn.heading })).toBeVisible();
  await page.getByLabel(flow.signIn.email).fill(flow.user.email);
  await page.getByLabel(flow.signIn.password).fill(E2E_PASSWORD);
  await page.getByRole("button", { name: flow.signIn.submit }).click();
  await expect(page).not.toHaveURL(/\/login/);

  // Another language chosen in the user menu; the URL stays the same.
  await page.goto(API_PATH);
  await page.getByRole("button", { name: flow.userMenu }).click();
  await page.getByRole("menuitemradio", { name: chosen.menuItem }).click();
  await expect(html).toHaveAttribute("lang", chosen.lang);
  await expect(page).toHaveURL(new RegExp(`${API_PATH}$`));
  await expect(page.getByRole("button", { name: chosen.userMenu })).toBeVisible();
  await expectNoViolations(page);

  // Create: first refused, the errors next to their fields, then accepted.
  const name = uniqueName(`Intégration ${chosen.lang}`);
  await page.getByRole("button", { name: words.create }).click();
  const form = page.getByRole("dialog", { name: words.create });
  await form.getByRole("button", { name: words.submit }).click();
  await expect(form.getByLabel(words.nameLabel)).toHaveAccessibleDescription(words.nameRequired);
  await expect(form.getByText(words.checkFields)).toBeVisible();
  await form.getByLabel(words.nameLabel).fill(name);
  await form.getByLabel(words.checkAll).check();
  const invalid = ["300.1.1.1", "10.0.0.0/33"];
  await form.getByLabel(words.ipsLabel).fill(invalid.join("\n"));
  await form.getByRole("button", { name: words.submit }).click();
  await expect(form.getByLabel(words.ipsLabel)).toHaveAccessibleDescription(
    new RegExp(`${words.ipsInvalid(invalid).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`),
  );
  await expect(form.getByLabel(words.nameLabel)).not.toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page, true);
  await form.getByLabel(words.ipsLabel).fill("");
  await form.getByRole("button", { name: words.submit }).click();
  const first = await takeSecret(page, flow, words.created);

  // The card in the chosen language, its dates written as its readers write them.
  const card = page.getByRole("article", { name, exact: true });
  await expect(card.getByText(words.enabled, { exact: true })).toBeVisible();
  await expect(card.getByRole("term").filter({ hasText: words.createdLabel })).toBeVisible();
  await expect(
    card.getByRole("definition").filter({ hasText: words.createdBy(today(chosen.lang), flow.user.name) }),
  ).toBeVisible();
  await expect(card).toContainText(words.expiresIn);
  await expectNoViolations(page);

  // Reset: a new secret, shown once.
  await page.getByRole("button", { name: words.moreActions(name), exact: true }).click();
  await page.getByRole("menuitem", { name: words.reset, exact: true }).click();
  const reset = page.getByRole("dialog", { name: words.resetTitle(name) });
  await expect(reset.getByLabel(words.grace)).toHaveValue("none");
  await expectNoViolations(page, true);
  await reset.getByRole("button", { name: words.resetConfirm }).click();
  const second = await takeSecret(page, flow, words.resetToast);
  expect(second).not.toBe(first);

  // Revoke: for good, with the date it happened.
  await page.getByRole("button", { name: words.moreActions(name), exact: true }).click();
  await page.getByRole("menuitem", { name: words.revoke, exact: true }).click();
  const revoke = page.getByRole("dialog", { name: words.revokeTitle(name) });
  await expectNoViolations(page, true);
  await revoke.getByRole("button", { name: words.revokeConfirm }).click();
  await expect(toastOf(page, chosen.notifications, words.revokeToast)).toBeVisible();
  await expect(card.getByText(words.revoked, { exact: true })).toBeVisible();
  await expect(card.getByRole("term").filter({ hasText: words.revokedLabel })).toBeVisible();
  await expect(card.getByRole("definition").getByText(today(chosen.lang), { exact: true })).toBeVisible();
  await expect(html).toHaveAttribute("lang", chosen.lang);
  await expectNoViolations(page);
  await expectNoSecretInPage(page, `languages-tokens-${chosen.lang}`, [first, second]);
  await page.context().close();
}

test("from a French browser, Spanish chosen: create, reset and revoke a token in Spanish", async ({
  browser,
}) => {
  await run(browser, SPANISH);
});

test("from a Spanish browser, French chosen: create, reset and revoke a token in French", async ({
  browser,
}) => {
  await run(browser, FRENCH);
});
