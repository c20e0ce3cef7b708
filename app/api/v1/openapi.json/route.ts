import { config } from "@/lib/config/env";
import { openApiDocument } from "@/lib/verification/docs/openapi";

// GET /api/v1/openapi.json: the verification API's OpenAPI 3.1 document, public (it holds
// no secret and nothing of any account) and cacheable. Its server URL is the configured
// public URL, never the request's Host header, which the client chooses.
export function GET(): Response {
  return Response.json(openApiDocument(config().start.publicUrl), {
    headers: {
      "Cache-Control": "public, max-age=3600",
      // Lets API tools on other origins (an OpenAPI viewer, a code generator) read it.
      "Access-Control-Allow-Origin": "*",
    },
  });
}
