import { describe, expect, it } from "vitest";
import { ROLE_LABELS } from "@/lib/messages/labels";
import { CATALOGS } from "./catalogs";
import { LOCALES } from "./locales";
import { registeredParameterizedKeys, registeredServerMessages, serverMessageKey } from "./server-messages";
import { serverMessageTranslator } from "./server-translator";
import { translateActionState } from "./translate-action-state";
import { MEMBER_MESSAGES } from "@/lib/members/messages";
import { CHECK_FIELDS } from "@/lib/commands/result";
import { TOKEN_FIELD_MESSAGES as TOKEN } from "@/lib/tokens/messages";

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

describe("the translating layer between commands' English constants and the catalogs", () => {
  const registered = [...registeredServerMessages()];

  it("gives every registered constant a catalog entry, and no catalog entry goes unused", () => {
    const catalogKeys = keysOf(CATALOGS.en.serverMessages as Tree).sort();
    const keys = [...registered.map(([, key]) => key), ...registeredParameterizedKeys()];
    expect(keys.sort()).toEqual(catalogKeys);
  });

  it("reads in English exactly as the constant does, so the English screens do not change", () => {
    const english = serverMessageTranslator("en");
    const drifted = registered.filter(([text]) => english(text) !== text);
    expect(drifted).toEqual([]);
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))(
    "translates every registered constant into %s",
    (locale) => {
      const translate = serverMessageTranslator(locale);
      const untranslated = registered.filter(([text]) => translate(text) === text);
      expect(untranslated).toEqual([]);
    },
  );

  it("fills the numbers the English constants have written in", () => {
    expect(serverMessageTranslator("fr")(MEMBER_MESSAGES.passwordTooShort)).toBe(
      "Un mot de passe compte au moins 12 caractères",
    );
  });

  it("leaves a message without a catalog entry as it is", () => {
    expect(serverMessageKey("A message from a screen converted later")).toBeUndefined();
    expect(serverMessageTranslator("es")("A message from a screen converted later")).toBe(
      "A message from a screen converted later",
    );
  });

  it("translates an action's message and every field error", () => {
    const state = translateActionState(
      {
        ok: false,
        message: CHECK_FIELDS,
        errors: { email: [MEMBER_MESSAGES.emailRequired], role: undefined },
      },
      serverMessageTranslator("es"),
    );
    expect(state).toEqual({
      ok: false,
      message: "Revisa los campos marcados.",
      errors: { email: ["Escribe un correo electrónico"], role: undefined },
    });
  });
});

describe("messages with values", () => {
  const english = serverMessageTranslator("en");
  const spanish = serverMessageTranslator("es");
  const french = serverMessageTranslator("fr");

  it.each([
    TOKEN.customDateTooFar(3650),
    TOKEN.lifetimeTooLong(90),
    TOKEN.duplicateExpiresTooLate(365),
    TOKEN.allowedIpsInvalid(["10.0.0.300"]),
    TOKEN.allowedIpsInvalid(["a", "b"]),
    TOKEN.allowedIpsInvalid(["a", "b", "c", "d", "e", "f", "g"]),
  ])("read back in English exactly as the command wrote them: %s", (text) => {
    expect(english(text)).toBe(text);
  });

  it("carry their number into the reader's language", () => {
    expect(spanish(TOKEN.customDateTooFar(365))).toBe("Elige una fecha dentro de los próximos 365 días");
    expect(french(TOKEN.lifetimeTooLong(90))).toBe(
      "Les jetons que vous créez durent au plus 90 jours : choisissez une expiration plus courte",
    );
  });

  it("say the invalid IP entries with the plural of the reader's language, never more than five", () => {
    expect(spanish(TOKEN.allowedIpsInvalid(["300.1.1.1"]))).toBe(
      "Dirección IP o rango CIDR no válido: 300.1.1.1",
    );
    expect(spanish(TOKEN.allowedIpsInvalid(["x", "y"]))).toBe(
      "Direcciones IP o rangos CIDR no válidos: x, y",
    );
    expect(french(TOKEN.allowedIpsInvalid(["a", "b", "c", "d", "e", "f"]))).toBe(
      "Adresses IP ou plages CIDR non valides : a, b, c, d, e et 1 autre",
    );
    expect(french(TOKEN.allowedIpsInvalid(["a", "b", "c", "d", "e", "f", "g"]))).toBe(
      "Adresses IP ou plages CIDR non valides : a, b, c, d, e et 2 autres",
    );
  });
});

describe("labels of lib/messages/labels.ts in the catalogs", () => {
  it("keys the role labels by the same values, with the same English words", () => {
    expect(CATALOGS.en.labels.roles).toEqual(ROLE_LABELS);
  });
});
