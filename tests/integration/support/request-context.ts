import { vi } from "vitest";
import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";

// The request a server action runs in, outside Next.js: the session next-auth would have
// decoded from the cookie, the cookies and the headers. The session goes through the real
// jwt and session callbacks of lib/auth/options.ts; only the cookie's transport is skipped.
export const request = {
  token: null as JWT | null,
  cookies: new Map<string, string>(),
  cookiesSet: [] as string[],
};

export async function signInAs(userId: string, sessionVersion: number | undefined): Promise<void> {
  const { authOptions } = await import("@/lib/auth/options");
  const jwt = authOptions(false).callbacks?.jwt;
  if (!jwt) throw new Error("lib/auth/options.ts has no jwt callback");
  request.token = await jwt({
    token: {},
    user: { id: userId, sessionVersion },
    account: null,
  } as Parameters<typeof jwt>[0]);
}

export function signOutOfRequest(): void {
  request.token = null;
  request.cookies.clear();
  request.cookiesSet.length = 0;
}

export const requestContextMocks = {
  nextAuth: async () => {
    const actual = await vi.importActual<Record<string, unknown>>("next-auth");
    return {
      ...actual,
      getServerSession: async (options: NextAuthOptions) => {
        const session = options.callbacks?.session;
        if (!request.token || !session) return null;
        return session({
          session: { expires: new Date(Date.now() + 60_000).toISOString() },
          token: request.token,
        } as Parameters<typeof session>[0]);
      },
    };
  },
  nextHeaders: () => ({
    cookies: async () => ({
      get: (name: string) => {
        const value = request.cookies.get(name);
        return value === undefined ? undefined : { name, value };
      },
      set: (name: string) => void request.cookiesSet.push(name),
    }),
    headers: async () => new Headers({ "user-agent": "vitest", "x-keyward-client-ip": "203.0.113.9" }),
  }),
  nextCache: () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }),
};
