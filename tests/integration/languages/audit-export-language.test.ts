import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setOwnLocale } from "@/lib/auth/commands/set-locale";
import { appendEvents, day } from "../support/audit";
import { createTestAccount } from "../support/fixtures";

// The audit export for the reader's spreadsheet, through the real route handler: ";" and
// French headers for a French reader (so the file opens as columns), "," for an English
// one, the `delimiter` parameter overriding either, and formula neutralisation unchanged.
const request = vi.hoisted(() => ({ userId: null as string | null, acceptLanguage: "fr-FR,fr;q=0.9" }));

vi.mock("next-auth", () => ({
  getServerSession: async () => (request.userId ? { userId: request.userId, sessionVersion: 0 } : null),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": request.acceptLanguage, "user-agent": "csv-test" }),
  cookies: async () => ({ get: () => undefined }),
}));

const { GET } = await import("@/app/(console)/settings/technical/api/audit/export/route");

async function exportCsv(query = ""): Promise<{ status: number; text: string }> {
  const response = await GET(new NextRequest(`http://localhost/settings/technical/api/audit/export${query}`));
  const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(await response.arrayBuffer());
  return { status: response.status, text };
}

async function accountWithEvents() {
  const account = await createTestAccount();
  await appendEvents(account.accountId, [
    { occurredAt: day("2026-03-01"), targetLabel: "Facturation; équipe" },
    { occurredAt: day("2026-03-02"), targetLabel: "=SUM(A1:A9)" },
  ]);
  return account;
}

// What a spreadsheet sees: the file split on the delimiter, quotes honoured, BOM dropped.
const cells = (text: string, delimiter: string): string[][] => parse(text, { delimiter, bom: true });

// One event of each kind a reader meets: a token's lifecycle with its changes, by a user
// and by a token, and a member's role.
async function accountWithLifecycle() {
  const account = await createTestAccount();
  await appendEvents(account.accountId, [
    {
      occurredAt: day("2026-04-01"),
      action: "token.created",
      targetLabel: "Équipe; ventes",
      changes: { scope: { from: null, to: "read" }, apiAccessEnabled: { from: false, to: true } },
    },
    {
      occurredAt: day("2026-04-02"),
      action: "token.reset",
      actorTokenId: "tok_robot",
      actorLabel: "Robot",
      changes: { name: { from: "A", to: "B" } },
    },
    {
      occurredAt: day("2026-04-03"),
      action: "member.role_changed",
      targetType: "user",
      targetId: "usr_1",
      targetLabel: "ana@test.example",
      changes: { role: { from: "member", to: "support_staff" } },
    },
  ]);
  return account;
}

beforeEach(() => {
  request.userId = null;
  request.acceptLanguage = "fr-FR,fr;q=0.9";
});

describe("audit CSV export in the reader's language", () => {
  it("opens as columns in a French spreadsheet: ';' and French headers, cells neutralised", async () => {
    const { actors } = await accountWithEvents();
    request.userId = actors.support_staff.userId;

    const { status, text } = await exportCsv();
    const [header, ...rows] = text.split("\r\n");

    expect(status).toBe(200);
    expect(header).toBe(
      "Date (UTC);Auteur;Type d'auteur;Action;Type de cible;Cible;Indice du jeton;Adresse du client;Agent utilisateur;Modification",
    );
    expect(rows.join("\n")).toContain(`;"Facturation; équipe";`);
    expect(rows.join("\n")).toContain(";'=SUM(A1:A9);");
  });

  it("follows the user's chosen language over the browser's", async () => {
    const { actors } = await accountWithEvents();
    request.userId = actors.administrator.userId;
    await setOwnLocale(actors.administrator, { locale: "en" });

    const { text } = await exportCsv();
    expect(text.split("\r\n")[0]).toBe(
      "When (UTC),Actor,Actor type,Action,Target type,Target,Token hint,Client address,User agent,Change",
    );
    expect(text).toContain(",Facturation; équipe,");
  });

  it.each([
    ["%2C", ","],
    ["%3B", ";"],
    ["%09", "\t"],
  ])("lets ?delimiter=%s choose the delimiter", async (param, delimiter) => {
    const { actors } = await accountWithEvents();
    request.userId = actors.implementation_specialist.userId;
    const { text } = await exportCsv(`?delimiter=${param}`);
    expect(text.split("\r\n")[0]?.split(delimiter)).toHaveLength(10);
  });

  it.each(["%7C", "comma", "", "%3B%3B", "%3B&delimiter=%2C"])(
    "refuses ?delimiter=%s with a message in the reader's language",
    async (param) => {
      const { actors } = await accountWithEvents();
      request.userId = actors.administrator.userId;
      expect(await exportCsv(`?delimiter=${param}`)).toEqual({
        status: 400,
        text: "Le séparateur doit être une virgule (,), un point-virgule (;) ou une tabulation.",
      });
    },
  );

  it("still refuses a member, whatever the delimiter", async () => {
    const { actors } = await accountWithEvents();
    request.userId = actors.member.userId;
    expect((await exportCsv("?delimiter=%7C")).status).toBe(403);
  });

  it("opens in a French spreadsheet as French columns: headers, action labels, types and changes", async () => {
    const { actors } = await accountWithLifecycle();
    request.userId = actors.administrator.userId;
    request.acceptLanguage = "fr-FR,fr;q=0.9";

    const [header, ...rows] = cells((await exportCsv("?sort=when&dir=asc")).text, ";");

    expect(header).toEqual([
      "Date (UTC)",
      "Auteur",
      "Type d'auteur",
      "Action",
      "Type de cible",
      "Cible",
      "Indice du jeton",
      "Adresse du client",
      "Agent utilisateur",
      "Modification",
    ]);
    expect(rows.map((row) => row.length)).toEqual([10, 10, 10]);
    const [created, reset, roleChanged] = rows;
    expect(created?.slice(2, 6)).toEqual(["Utilisateur", "Jeton créé", "Jeton", "Équipe; ventes"]);
    expect(created?.[9]).toBe("Portée : — → Lecture seule; Accès API : Désactivé → Activé");
    expect(reset?.slice(1, 4)).toEqual(["Robot", "Jeton", "Jeton réinitialisé"]);
    expect(reset?.[9]).toBe("Nom : A → B");
    expect(roleChanged?.slice(3, 5)).toEqual(["Rôle du membre modifié", "Utilisateur"]);
    expect(roleChanged?.[9]).toBe("Rôle : Membre → Équipe d'assistance");
  });

  it("opens in a Spanish spreadsheet as Spanish columns, for a user who chose Spanish", async () => {
    const { actors } = await accountWithLifecycle();
    request.userId = actors.support_staff.userId;
    request.acceptLanguage = "en-US,en;q=0.9";
    await setOwnLocale(actors.support_staff, { locale: "es" });

    const [header, ...rows] = cells((await exportCsv("?sort=when&dir=asc")).text, ";");

    expect(header?.slice(0, 4)).toEqual(["Fecha (UTC)", "Autor", "Tipo de autor", "Acción"]);
    expect(rows.map((row) => row[3])).toEqual([
      "Token creado",
      "Token restablecido",
      "Rol del miembro cambiado",
    ]);
    expect(rows.map((row) => row[2])).toEqual(["Usuario", "Token", "Usuario"]);
    expect(rows[0]?.[9]).toBe("Alcance: de — a Solo lectura; Acceso a la API: de Desactivado a Activado");
  });

  it("keeps English cells for an English reader, and the delimiter parameter changes only the delimiter", async () => {
    const { actors } = await accountWithLifecycle();
    request.userId = actors.administrator.userId;
    request.acceptLanguage = "fr-FR";

    const [header, ...rows] = cells((await exportCsv("?sort=when&dir=asc&delimiter=%2C")).text, ",");
    expect(header?.[3]).toBe("Action");
    expect(rows.map((row) => row[3])).toEqual(["Jeton créé", "Jeton réinitialisé", "Rôle du membre modifié"]);

    await setOwnLocale(actors.administrator, { locale: "en" });
    const [, ...english] = cells((await exportCsv("?sort=when&dir=asc")).text, ",");
    expect(english.map((row) => row[3])).toEqual(["Token created", "Token reset", "Member role changed"]);
    expect(english[0]?.[9]).toBe("Scope: — → Read only; API access: Off → On");
  });
});
