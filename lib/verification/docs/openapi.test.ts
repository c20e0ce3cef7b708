import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

describe("openApiDocument", () => {
  it("is a valid OpenAPI 3.1 document (the official 3.1 schema, every $ref resolved)", async () => {
    const validator = new Validator();
    const result = await validator.validate(openApiDocument("https://keyward.example.com"));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("names this instance's configured URL as its server, without a trailing slash", () => {
    expect(openApiDocument("https://keyward.example.com/").servers).toEqual([
      { url: "https://keyward.example.com" },
    ]);
  });

  it("describes both endpoints and every status they answer", () => {
    const { paths } = openApiDocument("http://localhost:3000");
    expect(Object.keys(paths["/api/v1/auth/check"].get.responses).sort()).toEqual([
      "204",
      "401",
      "403",
      "413",
      "429",
      "503",
    ]);
    expect(Object.keys(paths["/api/v1/tokens/introspect"].post.responses).sort()).toEqual([
      "200",
      "400",
      "401",
      "403",
      "413",
      "429",
      "503",
    ]);
    expect(Object.keys(paths["/api/v1/tokens/introspect"].get.responses)).toEqual(["405"]);
  });

  it("is refused by the validator when broken, so the first test means something", async () => {
    const broken = { ...openApiDocument("http://localhost:3000"), info: { title: "no version" } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });
});
