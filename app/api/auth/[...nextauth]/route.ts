// next-auth's sign-in, sign-out, CSRF and session endpoints.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { arrivedOverHttps } from "@/lib/http/request-protocol";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, context: RouteContext) {
  return NextAuth(
    req as never,
    { params: await context.params } as never,
    authOptions(arrivedOverHttps(req.headers)),
  );
}

export { handler as GET, handler as POST };
