import { cookieHeader, cookiesFrom, send } from "./raw-http";
import { SECURITY_BASE_URL } from "./security-env";

// A signed-in user as the suite sends as: the cookies the browser would hold.
export type Session = { cookie: string };

// Signs in the way the login form does (next-auth's CSRF token, then the credentials
// callback) and keeps the session cookie.
export async function signIn(email: string, password: string): Promise<Session> {
  const jar = new Map<string, string>();
  const csrf = await send({ path: "/api/auth/csrf" });
  cookiesFrom(csrf, jar);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const res = await send({
    method: "POST",
    path: "/api/auth/callback/credentials",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: SECURITY_BASE_URL,
      Cookie: cookieHeader(jar),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  cookiesFrom(res, jar);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`Signing in as ${email} failed: ${res.status} ${res.body.slice(0, 200)}`);
  }
  return { cookie: cookieHeader(jar) };
}

// A fresh CSRF token and its cookie, for cases that post to next-auth's own routes.
export async function csrfPair(): Promise<{ csrfToken: string; cookie: string }> {
  const jar = new Map<string, string>();
  const res = await send({ path: "/api/auth/csrf" });
  cookiesFrom(res, jar);
  const { csrfToken } = JSON.parse(res.body) as { csrfToken: string };
  return { csrfToken, cookie: cookieHeader(jar) };
}
