import { z } from "zod";
import { charCount, formText } from "@/lib/validation/form-text";
import { hasUnsafeCharacters } from "@/lib/validation/plain-text";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { MAX_DESCRIPTION_LENGTH, MAX_URL_LENGTH } from "./limits";
import { WEBHOOK_ENDPOINT_MESSAGES as M } from "./messages";

// The endpoint form, as create and edit both read it. The URL's shape is checked here; the
// address it names (https only, no private or loopback host) is checked by the SSRF
// validator, which resolves the host and so runs outside the transaction.
export const endpointFieldsSchema = z.object({
  url: formText(
    z
      .string({ error: M.urlRequired })
      .trim()
      .min(1, { error: M.urlRequired, abort: true })
      .refine((url) => url.length <= MAX_URL_LENGTH, { error: M.urlTooLong, abort: true })
      .refine((url) => URL.canParse(url), M.urlInvalid),
  ),
  description: formText(
    z
      .string({ error: M.descriptionTooLong })
      .trim()
      .refine((text) => charCount(text) <= MAX_DESCRIPTION_LENGTH, M.descriptionTooLong)
      .refine((text) => !hasUnsafeCharacters(text), M.descriptionControlCharacters),
  ),
  events: z.preprocess(
    (value) => value ?? [],
    z
      .array(z.enum(WEBHOOK_EVENT_TYPES, { error: M.eventsInvalid }), { error: M.eventsInvalid })
      .max(WEBHOOK_EVENT_TYPES.length, M.eventsInvalid)
      .min(1, M.eventsRequired)
      // In the list's order, each once, so an edit that only reorders changes nothing.
      .transform((events) => WEBHOOK_EVENT_TYPES.filter((type) => events.includes(type))),
  ),
});

export type EndpointFields = z.output<typeof endpointFieldsSchema>;
