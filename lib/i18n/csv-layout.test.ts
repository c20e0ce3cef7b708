import { describe, expect, it } from "vitest";
import { AUDIT_CSV_HEADER, csvRow } from "@/lib/audit/csv";
import { auditCsvLayout } from "./csv-layout";

function layout(...args: Parameters<typeof auditCsvLayout>) {
  const choice = auditCsvLayout(...args);
  if (!choice.ok) throw new Error(choice.message);
  return choice.layout;
}

describe("the audit CSV for the reader's spreadsheet", () => {
  it("uses ';' and French headers for a French reader, so the file opens as columns", () => {
    const { delimiter, header } = layout("fr", []);
    expect(delimiter).toBe(";");
    expect(csvRow(header, delimiter)).toBe(
      "Date (UTC);Auteur;Type d'auteur;Action;Type de cible;Cible;Indice du jeton;Adresse du client;Agent utilisateur;Modification\r\n",
    );
  });

  it("uses ';' and Spanish headers for a Spanish reader", () => {
    const { delimiter, header } = layout("es", []);
    expect(delimiter).toBe(";");
    expect(header[0]).toBe("Fecha (UTC)");
  });

  it("keeps ',' and the English header for an English reader", () => {
    expect(layout("en", [])).toEqual({ delimiter: ",", header: [...AUDIT_CSV_HEADER], locale: "en" });
  });

  it.each([",", ";", "\t"] as const)("lets the delimiter parameter choose %j", (asked) => {
    expect(layout("fr", [asked]).delimiter).toBe(asked);
  });

  it.each([["|"], ["semicolon"], [""], [",,"], [",", ";"]])(
    "refuses the delimiter %j with a message in the reader's language",
    (...asked) => {
      expect(auditCsvLayout("fr", asked)).toEqual({
        ok: false,
        message: "Le séparateur doit être une virgule (,), un point-virgule (;) ou une tabulation.",
      });
    },
  );
});

describe("csvRow with another delimiter", () => {
  it("quotes a field holding the delimiter, and only then", () => {
    expect(csvRow(["a;b", "c,d"], ";")).toBe('"a;b";c,d\r\n');
    expect(csvRow(["a\tb", "c;d"], "\t")).toBe('"a\tb"\tc;d\r\n');
  });

  it("neutralises formulas whatever the delimiter", () => {
    expect(csvRow(["=1+1", "@SUM(A1)"], ";")).toBe("'=1+1;'@SUM(A1)\r\n");
  });
});
