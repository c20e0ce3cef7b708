import "server-only";
import { invalid, ok, type ActionState } from "@/lib/commands/result";
import type { EndpointFields } from "../endpoint-fields.schema";
import { validateWebhookUrl } from "@/lib/webhooks/ssrf/validate-url";
import { WEBHOOK_ENDPOINT_MESSAGES as M } from "../messages";

// The SSRF check, as a command's preparation: it resolves the host, so it runs before the
// transaction, and a refusal is the URL field's error with nothing written. The validator
// answers with the name of one of our messages.
export async function checkEndpointUrl(fields: EndpointFields): Promise<ActionState<undefined>> {
  const verdict = await validateWebhookUrl(fields.url);
  return verdict.ok ? ok(undefined) : invalid({ url: [M[verdict.error]] });
}
