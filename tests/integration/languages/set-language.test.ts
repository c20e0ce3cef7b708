import { beforeEach, describe, expect, it, vi } from "vitest";
import { LANGUAGE_MESSAGES } from "@/lib/auth/commands/messages";
import { setOwnLocale } from "@/lib/auth/commands/set-locale";
import { ROLES } from "@/lib/auth/roles";
import { loadSessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/client";
import { createTestAccount } from "../support/fixtures";

// The language a user chooses for themselves: saved by the command pipeline for every role,
// only for the user who asks, refused for anything but a language the console speaks; then
// every action answers in it, and a user who never chose gets the browser's language.
const request = vi.hoisted(() => ({ userId: null as string | null, acceptLanguage: null as string | null }));

vi.mock("next-auth", () => ({
  getServerSession: async () => (request.userId ? { userId: request.userId, sessionVersion: 0 } : null),
}));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      "x-keyward-client-ip": "198.51.100.4",
      "user-agent": "language-test",
      ...(request.acceptLanguage ? { "accept-language": request.acceptLanguage } : {}),
    }),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { setLanguageAction } = await import("@/app/(console)/settings/account/actions");
const { addMemberAction } = await import("@/app/(console)/settings/members/actions");

const storedLocale = async (userId: string) =>
  (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } })).locale;

beforeEach(() => {
  request.userId = null;
  request.acceptLanguage = null;
});

describe("setOwnLocale", () => {
  it.each(ROLES)("lets a %s choose their own language, and nobody else's", async (role) => {
    const { actors } = await createTestAccount();
    const actor = actors[role];
    const auditBefore = await db().auditEvent.count({ where: { accountId: actor.accountId } });

    expect(await setOwnLocale(actor, { locale: "fr" })).toEqual({ ok: true, data: "fr", message: undefined });

    expect(await storedLocale(actor.userId)).toBe("fr");
    for (const other of ROLES.filter((r) => r !== role))
      expect(await storedLocale(actors[other].userId)).toBeNull();
    // A display preference, not an audit event.
    expect(await db().auditEvent.count({ where: { accountId: actor.accountId } })).toBe(auditBefore);
  });

  it("ignores a user id sent along: the command only ever changes the actor", async () => {
    const { actors } = await createTestAccount();
    const victim = actors.member;
    await setOwnLocale(actors.support_staff, { locale: "es", userId: victim.userId });
    expect(await storedLocale(victim.userId)).toBeNull();
    expect(await storedLocale(actors.support_staff.userId)).toBe("es");
  });

  it.each([["de"], ["fr-FR"], ["EN"], [""], [42], [null], [["fr"]], [{ locale: "fr" }]])(
    "refuses %j next to the field and changes nothing",
    async (locale) => {
      const { actors } = await createTestAccount();
      await setOwnLocale(actors.administrator, { locale: "es" });
      expect(await setOwnLocale(actors.administrator, { locale })).toEqual({
        ok: false,
        message: "Check the highlighted fields.",
        errors: { locale: [LANGUAGE_MESSAGES.invalid] },
      });
      expect(await storedLocale(actors.administrator.userId)).toBe("es");
    },
  );

  it("is read back with the session, on every request", async () => {
    const { actors } = await createTestAccount();
    const { userId, accountId } = actors.implementation_specialist;
    await setOwnLocale(actors.implementation_specialist, { locale: "es" });
    const ctx = await loadSessionContext({ userId, sessionVersion: 0 }, accountId);
    expect(ctx?.user.locale).toBe("es");
  });
});

describe("the server actions speak the reader's language", () => {
  it("saves the choice from the user menu's action, then answers every action in it", async () => {
    const { actors } = await createTestAccount();
    request.userId = actors.administrator.userId;

    expect(await setLanguageAction("fr")).toMatchObject({ ok: true, data: "fr" });
    expect(await storedLocale(actors.administrator.userId)).toBe("fr");

    const answer = await addMemberAction({ ok: false }, new FormData());
    expect(answer).toEqual({
      ok: false,
      message: "Vérifiez les champs signalés.",
      errors: {
        name: ["Saisissez un nom"],
        email: ["Saisissez une adresse e-mail"],
        role: ["Choisissez l'un des rôles proposés"],
        password: ["Saisissez un mot de passe initial d'au moins 12 caractères"],
      },
    });
  });

  it("answers a user who never chose in the browser's language, and the choice wins over it", async () => {
    const { actors } = await createTestAccount();
    request.userId = actors.administrator.userId;
    request.acceptLanguage = "es-ES,es;q=0.9,en;q=0.5";
    expect((await addMemberAction({ ok: false }, new FormData())).message).toBe(
      "Revisa los campos marcados.",
    );

    await setOwnLocale(actors.administrator, { locale: "en" });
    expect((await addMemberAction({ ok: false }, new FormData())).message).toBe(
      "Check the highlighted fields.",
    );
  });

  it("refuses a language the console does not speak, in the reader's language", async () => {
    const { actors } = await createTestAccount();
    request.userId = actors.member.userId;
    request.acceptLanguage = "fr";
    expect(await setLanguageAction("klingon")).toEqual({
      ok: false,
      message: "Vérifiez les champs signalés.",
      errors: { locale: ["Choisissez l'une des langues proposées"] },
    });
    expect(await storedLocale(actors.member.userId)).toBeNull();
  });

  it("refuses a visitor without a session, changing nothing", async () => {
    request.acceptLanguage = "es";
    expect(await setLanguageAction("fr")).toEqual({
      ok: false,
      message: "Tu sesión ha finalizado. Vuelve a iniciar sesión.",
      errors: undefined,
    });
  });
});
