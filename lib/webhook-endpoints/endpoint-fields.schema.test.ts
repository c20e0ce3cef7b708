import { describe, expect, it } from "vitest";
import { endpointFieldsSchema } from "./endpoint-fields.schema";
import { MAX_DESCRIPTION_LENGTH, MAX_URL_LENGTH } from "./limits";
import { WEBHOOK_ENDPOINT_MESSAGES as M } from "./messages";

const valid = {
  url: "https://hooks.example.com/keyward",
  description: "CRM sync",
  events: ["token.revoked"],
};

function errorsOf(input: Record<string, unknown>) {
  const parsed = endpointFieldsSchema.safeParse(input);
  return parsed.success ? {} : parsed.error.flatten().fieldErrors;
}

describe("endpoint fields", () => {
  it("accepts a URL, a description and events, each once and in the list's order", () => {
    const events = ["token.revoked", "token.created", "token.revoked"];
    const parsed = endpointFieldsSchema.parse({ ...valid, events });
    expect(parsed).toEqual({ ...valid, events: ["token.created", "token.revoked"] });
  });

  it("names each wrong field with its own message", () => {
    expect(errorsOf({ url: "", description: "", events: [] })).toEqual({
      url: [M.urlRequired],
      events: [M.eventsRequired],
    });
    expect(errorsOf({ ...valid, url: "not a url" }).url).toEqual([M.urlInvalid]);
    expect(errorsOf({ ...valid, events: ["token.eaten"] }).events).toEqual([M.eventsInvalid]);
    expect(errorsOf({ ...valid, description: "two\nlines" }).description).toEqual([
      M.descriptionControlCharacters,
    ]);
  });

  it("bounds the URL and the description", () => {
    const longUrl = `https://example.com/${"a".repeat(MAX_URL_LENGTH)}`;
    expect(errorsOf({ ...valid, url: longUrl }).url).toContain(M.urlTooLong);
    expect(errorsOf({ ...valid, description: "é".repeat(MAX_DESCRIPTION_LENGTH) })).toEqual({});
    expect(errorsOf({ ...valid, description: "é".repeat(MAX_DESCRIPTION_LENGTH + 1) }).description).toEqual([
      M.descriptionTooLong,
    ]);
  });

  it("reads missing fields as empty rather than failing on their type", () => {
    expect(errorsOf({})).toEqual({ url: [M.urlRequired], events: [M.eventsRequired] });
  });
});
