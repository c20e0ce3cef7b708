import { Webhook } from "standardwebhooks";

export type SignatureHeaders = {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
};

// Standard Webhooks headers: the signature is "v1," and the base64 HMAC-SHA-256 of
// "<id>.<timestamp>.<body>" under the secret's bytes, computed by the reference library.
export function signatureHeaders(secret: string, eventId: string, at: Date, body: string): SignatureHeaders {
  return {
    "webhook-id": eventId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(eventId, at, body),
  };
}
