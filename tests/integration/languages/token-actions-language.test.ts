import { beforeEach, describe, expect, it, vi } from "vitest";
import { setOwnLocale } from "@/lib/auth/commands/set-locale";
import { createToken } from "@/lib/tokens/commands/create-token";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { db } from "@/lib/db/client";
import { createTestAccount, tokenInput } from "../support/fixtures";

// The API page's actions answer in the reader's language: the token form's field errors,
// the ones carrying values (days, the invalid IP entries as a plural) included, and the
// token commands' refusals; and a refused form changes nothing.
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

const { createTokenAction, resetTokenAction, setTokenEnabledAction } =
  await import("@/app/(console)/settings/technical/api/actions");

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return data;
}

beforeEach(() => {
  request.userId = null;
  request.acceptLanguage = null;
});

describe("the API page's actions in the reader's language", () => {
  it("gives a Spanish reader the token form's field errors in Spanish, and creates nothing", async () => {
    const { actors, accountId } = await createTestAccount();
    const specialist = actors.implementation_specialist;
    request.userId = specialist.userId;
    await setOwnLocale(specialist, { locale: "es" });
    const input = await tokenInput(specialist, {
      name: "",
      expiration: "custom",
      customDate: "9999-12-31",
      allowedIpRanges: "300.1.1.1\n10.0.0.0/33\n10.0.0.1/8",
    });

    const answer = await createTokenAction({ ok: false }, form({ ...input, sectionIds: input.sectionIds }));

    expect(answer).toEqual({
      ok: false,
      message: "Revisa los campos marcados.",
      errors: {
        name: ["Escribe un nombre"],
        customDate: ["Elige una fecha dentro de los próximos 365 días"],
        allowedIpRanges: ["Direcciones IP o rangos CIDR no válidos: 300.1.1.1, 10.0.0.0/33"],
      },
    });
    expect(await db().apiToken.count({ where: { accountId } })).toBe(0);
  });

  it("says a single invalid IP entry in the singular, in the browser's French for a user who never chose", async () => {
    const { actors } = await createTestAccount();
    request.userId = actors.administrator.userId;
    request.acceptLanguage = "fr-CA,fr;q=0.9,en;q=0.5";
    const input = await tokenInput(actors.administrator, { allowedIpRanges: "300.1.1.1" });

    const answer = await createTokenAction({ ok: false }, form({ ...input, sectionIds: input.sectionIds }));

    expect(answer.ok).toBe(false);
    expect(answer.ok ? undefined : answer.errors?.allowedIpRanges).toEqual([
      "Adresse IP ou plage CIDR non valide : 300.1.1.1",
    ]);
  });

  it("refuses to change a revoked token in the reader's language, changing nothing", async () => {
    const { actors } = await createTestAccount();
    const admin = actors.administrator;
    const created = await createToken(admin, await tokenInput(admin));
    if (!created.ok) throw new Error("the token was not created");
    const token = await db().apiToken.findFirstOrThrow({ where: { accountId: admin.accountId } });
    expect((await revokeToken(admin, token.id)).ok).toBe(true);
    request.userId = admin.userId;
    await setOwnLocale(admin, { locale: "fr" });

    expect(await setTokenEnabledAction(token.id, false)).toMatchObject({
      ok: false,
      message: "Un jeton révoqué ne peut plus être modifié.",
    });
    expect(await resetTokenAction({ ok: false }, form({ tokenId: "no-such-token" }))).toMatchObject({
      ok: false,
      message: "Ce jeton n'existe plus.",
    });
    const after = await db().apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(after.disabledAt).toEqual(token.disabledAt);
    expect(after.hint).toBe(token.hint);
  });
});
