import { config } from "@/lib/config/env";
import { forbiddenAddressReason, ipLiteral } from "./address-rules";
import { addressListed, hostListed, type WebhookAllowList } from "./allow-list";
import { systemResolver, type ResolvedAddress, type Resolver } from "./resolver";

export const MAX_WEBHOOK_URL_LENGTH = 2_000;

// Message keys, so the settings form can say each in the user's language.
export type WebhookUrlError =
  | "urlRequired"
  | "urlTooLong"
  | "urlInvalid"
  | "urlScheme"
  | "urlCredentials"
  | "urlHttpNotAllowed"
  | "urlUnresolvable"
  | "urlPrivateAddress";

export type WebhookUrlCheck =
  { ok: true; url: URL; addresses: ResolvedAddress[] } | { ok: false; error: WebhookUrlError };

// Both default to the real thing: the system resolver and KEYWARD_WEBHOOK_ALLOWED_HOSTS.
export type WebhookUrlOptions = { resolver?: Resolver; allowList?: WebhookAllowList };

// The server-side request forgery guard, run when an endpoint is saved and again before
// every delivery attempt: https (or http to a listed host), no credentials in the URL, and
// every address the host resolves to public unless the host or the address is listed. The
// URL parser has already turned decimal, octal and hexadecimal IPv4 spellings ("0x7f.1",
// "2130706433") into dotted form. The delivery connects to one of the returned addresses
// only, so a DNS answer that changes afterwards (rebinding) cannot redirect it.
export async function validateWebhookUrl(
  text: string,
  options: WebhookUrlOptions = {},
): Promise<WebhookUrlCheck> {
  const resolver = options.resolver ?? systemResolver;
  const allowList = options.allowList ?? config().webhooks.allowList;
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, error: "urlRequired" };
  if (trimmed.length > MAX_WEBHOOK_URL_LENGTH) return { ok: false, error: "urlTooLong" };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: "urlInvalid" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, error: "urlScheme" };
  if (url.hostname === "") return { ok: false, error: "urlInvalid" };
  if (url.username !== "" || url.password !== "") return { ok: false, error: "urlCredentials" };
  const hostAllowed = hostListed(allowList, url.hostname);
  if (url.protocol === "http:" && !hostAllowed) return { ok: false, error: "urlHttpNotAllowed" };

  const literal = ipLiteral(url.hostname);
  let addresses: ResolvedAddress[];
  if (literal !== null) {
    addresses = [{ address: literal, family: literal.includes(":") ? 6 : 4 }];
  } else {
    try {
      addresses = await resolver(url.hostname);
    } catch {
      return { ok: false, error: "urlUnresolvable" };
    }
    if (addresses.length === 0) return { ok: false, error: "urlUnresolvable" };
  }
  // One refused address refuses the host: a name that also resolves privately is not public.
  const refused = addresses.some(
    ({ address }) =>
      !hostAllowed && !addressListed(allowList, address) && forbiddenAddressReason(address) !== null,
  );
  if (refused) return { ok: false, error: "urlPrivateAddress" };
  url.hash = "";
  return { ok: true, url, addresses };
}
