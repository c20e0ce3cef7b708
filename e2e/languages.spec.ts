import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { E2E_PASSWORD, E2E_POLYGLOT } from "./support/e2e-env";

// The console in the reader's language, as a new user meets it: a French browser gets the
// sign-in page in French; the user picks Spanish in the user menu and the shell, the members
// page and the password page speak Spanish at the same URL; the choice is theirs, so it
// holds when they sign in again from an English browser. axe finds nothing in any language.
test.describe.configure({ mode: "serial" });

async function browserIn(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale });
  return context.newPage();
}

async function signIn(page: Page, labels: { email: string; password: string; submit: string }) {
  await page.getByLabel(labels.email).fill(E2E_POLYGLOT);
  await page.getByLabel(labels.password).fill(E2E_PASSWORD);
  await page.getByRole("button", { name: labels.submit }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

const html = (page: Page) => page.locator("html");

test("a French browser gets the sign-in page in French, errors included", async ({ browser }) => {
  const page = await browserIn(browser, "fr-FR");
  await page.goto("/login");
  await expect(html(page)).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle("Connexion · Keyward");
  await expect(page.getByRole("heading", { name: "Connectez-vous à la console" })).toBeVisible();

  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Saisissez votre adresse e-mail")).toBeVisible();
  await expect(page.getByText("Saisissez votre mot de passe")).toBeVisible();

  // The server's refusal comes back in the page's language too.
  await page.getByLabel("Adresse e-mail").fill(E2E_POLYGLOT);
  await page.getByLabel("Mot de passe").fill("not-the-password-1");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Adresse e-mail ou mot de passe incorrect",
  );
  await expectNoViolations(page);
  await page.context().close();
});

test("Spanish chosen in the user menu: shell, members and password pages in Spanish, same URL", async ({
  browser,
}) => {
  const page = await browserIn(browser, "fr-FR");
  await page.goto("/login");
  await signIn(page, { email: "Adresse e-mail", password: "Mot de passe", submit: "Se connecter" });

  // Never chose: the browser's French, on every converted screen.
  await page.goto("/settings/members");
  await expect(html(page)).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { name: "Membres", level: 1 })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Administrateur de compte" })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole("button", { name: "Profil de l'utilisateur" }).click();
  await expect(page.getByRole("menuitemradio", { name: "Français" })).toHaveAttribute("aria-checked", "true");
  await page.getByRole("menuitemradio", { name: "Español" }).click();

  await expect(html(page)).toHaveAttribute("lang", "es");
  await expect(page).toHaveURL(/\/settings\/members$/);
  await expect(page.getByRole("heading", { name: "Miembros", level: 1 })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Configuración" });
  await expect(nav.getByRole("link", { name: "Miembros" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Perfil de usuario" })).toBeVisible();
  await expect(page.getByText("1 miembro", { exact: true })).toBeVisible();

  const table = page.getByRole("table", { name: "Miembros" });
  for (const column of ["Nombre", "Correo electrónico", "Rol", "Estado", "Añadido el", "Acciones"]) {
    await expect(table.getByRole("columnheader", { name: column })).toBeAttached();
  }
  await expect(table.getByRole("cell", { name: "Administrador de cuenta" })).toBeVisible();
  await expect(table.getByRole("cell", { name: "Activo" })).toBeVisible();
  // Dates as a Spanish reader writes them (UTC, through Intl).
  const added = table.locator("time").first();
  const iso = await added.getAttribute("datetime");
  expect(iso).not.toBeNull();
  const spanishDate = new Intl.DateTimeFormat("es", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(iso ?? ""),
  );
  await expect(added).toHaveText(spanishDate);
  await expectNoViolations(page);

  // A dialog, its field errors (from the server's checks) and its toast, in Spanish.
  await page.getByRole("button", { name: "Añadir miembro" }).click();
  const dialog = page.getByRole("dialog", { name: "Añadir miembro" });
  await dialog.getByRole("button", { name: "Añadir miembro" }).click();
  await expect(dialog.getByText("Escribe un nombre")).toBeVisible();
  await expect(dialog.getByText("Escribe un correo electrónico")).toBeVisible();
  await expect(dialog.getByText("Escribe una contraseña inicial de al menos 12 caracteres")).toBeVisible();
  await expect(dialog.getByText("Revisa los campos marcados.")).toBeVisible();
  await expectNoViolations(page, true);
  await dialog.getByLabel("Nombre").fill("Élodie Martín");
  await dialog.getByLabel("Correo electrónico").fill("elodie@e2e.test");
  await dialog.getByLabel("Rol").selectOption({ label: "Personal de soporte" });
  await dialog.getByLabel("Contraseña inicial").fill("contrasena-inicial-1");
  await dialog.getByRole("button", { name: "Añadir miembro" }).click();
  await expect(
    page.getByRole("region", { name: /Notificaciones/ }).getByText("Miembro añadido", { exact: true }),
  ).toBeVisible();
  await expect(page.getByText("2 miembros", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Más acciones para Élodie Martín" })).toBeVisible();

  // The password page, reached from the user menu, with its field errors.
  await page.getByRole("button", { name: "Perfil de usuario" }).click();
  await page.getByRole("menuitem", { name: "Cambiar contraseña" }).click();
  await expect(page.getByRole("heading", { name: "Cambiar contraseña", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle("Cambiar contraseña · Keyward");
  await page.getByRole("button", { name: "Cambiar contraseña" }).click();
  await expect(page.getByText("Escribe tu contraseña actual")).toBeVisible();
  await expect(page.getByText("Escribe una contraseña nueva de al menos 12 caracteres")).toBeVisible();
  await expect(html(page)).toHaveAttribute("lang", "es");
  await expectNoViolations(page);

  await page.getByRole("button", { name: "Perfil de usuario" }).click();
  await page.getByRole("menuitem", { name: "Cerrar sesión", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  // Signed out, the browser's language is back.
  await expect(html(page)).toHaveAttribute("lang", "fr");
  await page.context().close();
});

test("the choice is the user's: it holds when they sign in from an English browser", async ({ browser }) => {
  const page = await browserIn(browser, "en-US");
  await page.goto("/login");
  await expect(html(page)).toHaveAttribute("lang", "en");
  await signIn(page, { email: "Email", password: "Password", submit: "Sign in" });

  await page.goto("/settings/members");
  await expect(html(page)).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { name: "Miembros", level: 1 })).toBeVisible();

  // And back to English, for this browser's reader.
  await page.getByRole("button", { name: "Perfil de usuario" }).click();
  await expect(page.getByRole("menuitemradio", { name: "Español" })).toHaveAttribute("aria-checked", "true");
  await page.getByRole("menuitemradio", { name: "English" }).click();
  await expect(html(page)).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Support staff" })).toBeVisible();
  await expectNoViolations(page);
  await page.context().close();
});
