import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { config } from "@/lib/config/env";
import { clientIpFrom } from "@/lib/http/client-ip";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { signInFailureText } from "@/lib/i18n/sign-in-failure";
import { sameOriginPath } from "./callback-url";
import { sessionVersionForEmail } from "./session-context";
import { signInWithPassword } from "./sign-in";

// next-auth keeps the session in a signed, encrypted JWT cookie that expires after
// KEYWARD_SESSION_MAX_AGE. The cookie only names the user: roles and account access are
// read from the database on every request (lib/auth/session.ts), so a deactivation or a
// role change takes effect at once. The cookie also carries the user's session version,
// compared on every request, so a password change or "Sign out everywhere" ends it.
//
// `secureCookies` is decided per request from how it arrived (lib/http/request-protocol.ts):
// over https, directly or through a trusted proxy, the cookies are Secure and carry the
// __Secure-/__Host- names; NEXTAUTH_URL plays no part.
export function authOptions(secureCookies: boolean): NextAuthOptions {
  const { authSecret, sessionMaxAgeSeconds } = config();
  return {
    secret: authSecret,
    useSecureCookies: secureCookies,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds, updateAge: 0 },
    jwt: { maxAge: sessionMaxAgeSeconds },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const sessionVersion = await sessionVersionForEmail(credentials?.email);
          const result = await signInWithPassword(credentials, clientIpFrom(req.headers ?? {}));
          // next-auth hands a thrown message back to the sign-in form as its error: in the
          // browser's language, as the sign-in page is (nobody is signed in yet).
          if (!result.ok) {
            const acceptLanguage = req.headers?.["accept-language"];
            const locale = negotiateLocale(typeof acceptLanguage === "string" ? acceptLanguage : undefined);
            throw new Error(signInFailureText(result, locale));
          }
          return { id: result.userId, sessionVersion };
        },
      }),
    ],
    callbacks: {
      // Every redirect next-auth makes (after sign-in or sign-out) stays on this origin.
      redirect({ url, baseUrl }) {
        return new URL(sameOriginPath(url, baseUrl) ?? "/", baseUrl).toString();
      },
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sv };
      },
    },
  };
}
