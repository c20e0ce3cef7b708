import { MAX_DESCRIPTION_LENGTH, MAX_ENDPOINTS, MAX_URL_LENGTH } from "./limits";

// What the webhook endpoint commands answer; the Webhooks screen shows these next to the
// fields or in the dialog, in the reader's language (lib/i18n/server-messages.ts).
export const WEBHOOK_ENDPOINT_MESSAGES = {
  urlRequired: "Enter the URL that receives the events",
  urlTooLong: `URLs are at most ${MAX_URL_LENGTH} characters`,
  urlInvalid: "Enter a full URL, like https://example.com/webhooks",
  urlScheme: "Use an https URL",
  urlCredentials: "Remove the user name and password from the URL",
  urlHttpNotAllowed: "Use an https URL. Plain http is only for hosts your administrator allows.",
  urlUnresolvable: "This host name could not be found. Check the URL.",
  urlPrivateAddress:
    "This address is private or local. Use a public address, or ask your administrator to allow this host.",
  descriptionTooLong: `Description must be ${MAX_DESCRIPTION_LENGTH} characters or fewer`,
  descriptionControlCharacters:
    "Description cannot contain line breaks, control characters or invisible characters such as zero-width spaces or text-direction marks",
  eventsRequired: "Select at least one event",
  eventsInvalid: "Select events from the list",
  limitReached: `An account can have at most ${MAX_ENDPOINTS} webhook endpoints. Delete one you no longer use first.`,
  notFound: "That webhook endpoint no longer exists.",
  disabledNoTest: "Enable the endpoint before sending it a test event.",
  enabledInvalid: "Choose whether to enable or disable the endpoint.",
} as const;
