import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { changesAsText, parseChanges } from "./changes";
import { actionLabel, actorKindLabel, auditWords, targetTypeLabel } from "./display";

describe("parseChanges", () => {
  it("reads fields before → after with labels", () => {
    const json = JSON.stringify({
      name: { from: "Old", to: "New" },
      scope: { from: "read", to: "read_write" },
    });
    expect(parseChanges(json)).toEqual([
      { field: "name", label: "Name", from: "Old", to: "New" },
      { field: "scope", label: "Scope", from: "Read only", to: "Read & write" },
    ]);
  });

  it("shows empty values as a dash and section ids as their labels, never as ids", () => {
    const json = JSON.stringify({ sections: { from: null, to: ["s1", "s2", "unknown"] } });
    const lookups = {
      sectionLabels: new Map([
        ["s1", "Leads"],
        ["s2", "Reports"],
      ]),
    };
    expect(parseChanges(json, lookups)).toEqual([
      {
        field: "sections",
        label: "API sections",
        from: "—",
        to: "Leads, Reports, A section no longer offered",
      },
    ]);
  });

  it("labels fields it does not know from their name", () => {
    expect(parseChanges(JSON.stringify({ newThing: { from: true, to: false } }))).toEqual([
      { field: "newThing", label: "New Thing", from: "Yes", to: "No" },
    ]);
  });

  it("drops anything named like a secret, but keeps the old secret's validity", () => {
    const json = JSON.stringify({
      secret: { from: null, to: "kw_x" },
      secretHash: { from: "a", to: "b" },
      passwordHash: { from: "a", to: "b" },
      oldSecretValidUntil: { from: null, to: "2026-11-24T00:00:00.000Z" },
    });
    expect(parseChanges(json).map((line) => line.field)).toEqual(["oldSecretValidUntil"]);
  });

  it("ignores missing or malformed JSON", () => {
    expect(parseChanges(null)).toEqual([]);
    expect(parseChanges("{not json")).toEqual([]);
    expect(parseChanges("[1,2]")).toEqual([]);
  });

  it("writes one line of text for the export", () => {
    expect(changesAsText(parseChanges(JSON.stringify({ apiAccessEnabled: { from: true, to: false } })))).toBe(
      "API access: On → Off",
    );
  });
});

describe("changes in the reader's language", () => {
  const changes = JSON.stringify({
    scope: { from: "read", to: "read_write" },
    role: { from: "support_staff", to: "administrator" },
    apiAccessEnabled: { from: true, to: false },
    expiresAt: { from: null, to: "2027-12-02T19:10:03.557Z" },
    sections: { from: null, to: ["gone"] },
  });
  const dateIn = (locale: Locale) => formatDateTime("2027-12-02T19:10:03.557Z", locale, { withZone: true });

  it("writes French labels, values, dates and typography", () => {
    const fr = auditWords("fr");
    expect(changesAsText(parseChanges(changes, {}, fr), fr)).toBe(
      [
        "Portée : Lecture seule → Lecture & écriture",
        "Rôle : Équipe d'assistance → Administrateur de compte",
        "Accès API : Activé → Désactivé",
        `Expiration : — → ${dateIn("fr")}`,
        "Sections de l'API : — → Une section qui n'est plus proposée",
      ].join("; "),
    );
  });

  it("writes Spanish labels and values", () => {
    const es = auditWords("es");
    expect(changesAsText(parseChanges(changes, {}, es), es)).toBe(
      [
        "Alcance: de Solo lectura a Lectura y escritura",
        "Rol: de Personal de soporte a Administrador de cuenta",
        "Acceso a la API: de Activado a Desactivado",
        `Caducidad: de — a ${dateIn("es")}`,
        "Secciones de la API: de — a Una sección que ya no se ofrece",
      ].join("; "),
    );
  });

  it("names actions, target and actor types in the reader's language, unknown ones as stored", () => {
    expect(actionLabel("token.reset", auditWords("fr"))).toBe("Jeton réinitialisé");
    expect(actionLabel("token.revoked", auditWords("es"))).toBe("Token revocado");
    expect(actionLabel("token.exploded", auditWords("es"))).toBe("token.exploded");
    expect(targetTypeLabel("account", auditWords("fr"))).toBe("Compte");
    expect(targetTypeLabel("api_key", auditWords("fr"))).toBe("Api key");
    expect(actorKindLabel("user", auditWords("es"))).toBe("Usuario");
  });
});

describe("readable changes", () => {
  const text = (changes: object, lookups = {}) =>
    changesAsText(parseChanges(JSON.stringify(changes), lookups));

  it("names a person by the name and email captured when the event was written", () => {
    const owner = { id: "cmx6i33xz0001on7dtuxl1ws3", name: "Billing robot", email: "robot@example.com" };
    expect(text({ owner: { from: null, to: owner } })).toBe("Owner: — → Billing robot (robot@example.com)");
  });

  it("reads an older event's bare user id as the person is today, and never shows the id", () => {
    const id = "cmx6i33xz0001on7dtuxl1ws3";
    const people = new Map([[id, { name: "Ada Lovelace", email: "ada@example.com" }]]);
    expect(text({ owner: { from: null, to: id } }, { people })).toBe(
      "Owner: — → Ada Lovelace (ada@example.com)",
    );
    const gone = text({ owner: { from: null, to: id } });
    expect(gone).toBe("Owner: — → A user no longer in this account");
    expect(gone).not.toContain(id);
  });

  it("shows an email alone when the name is empty or is the email", () => {
    expect(text({ owner: { from: null, to: { id: "u", name: "", email: "a@example.com" } } })).toBe(
      "Owner: — → a@example.com",
    );
  });

  it("shows instants as dates in UTC, not ISO strings", () => {
    expect(
      text({
        expiresAt: { from: null, to: "2027-12-02T19:10:03.557Z" },
        revokedAt: { from: null, to: "2026-11-24T00:00:00.000Z" },
      }),
    ).toBe("Expires: — → Dec 2, 2027, 7:10 PM UTC; Revoked: — → Nov 24, 2026, 12:00 AM UTC");
  });

  it("leaves text that only looks like a date alone", () => {
    expect(text({ name: { from: "2027-12-02", to: "2027-13-45T99:99:99Z" } })).toBe(
      "Name: 2027-12-02 → 2027-13-45T99:99:99Z",
    );
  });

  it("reads a member's status and role by their labels", () => {
    expect(
      text({
        status: { from: "active", to: "deactivated" },
        role: { from: "support_staff", to: "administrator" },
      }),
    ).toBe("Status: Active → Deactivated; Role: Support staff → Account administrator");
  });

  it("reads the API version by its name", () => {
    expect(text({ apiVersion: { from: null, to: "2026-01" } })).toBe("API version: — → 2026-01");
  });
});
