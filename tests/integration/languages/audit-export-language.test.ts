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
});
