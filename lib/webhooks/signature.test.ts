import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { webhookBody } from "./payload";
import { signatureHeaders } from "./signature";

const secret = `whsec_${randomBytes(32).toString("base64")}`;

describe("webhook signatures", () => {
  it("follow Standard Webhooks: the reference library verifies them", () => {
    const at = new Date();
    const body = webhookBody("token.revoked", at, { token: { id: "t1", name: "CRM sync" } });
    const headers = signatureHeaders(secret, "msg_abc", at, body);
    expect(headers["webhook-id"]).toBe("msg_abc");
    expect(headers["webhook-timestamp"]).toBe(String(Math.floor(at.getTime() / 1000)));
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual({
      type: "token.revoked",
      timestamp: at.toISOString(),
      data: { token: { id: "t1", name: "CRM sync" } },
    });
  });

  it("do not verify for another body or another secret", () => {
    const at = new Date();
    const body = webhookBody("token.created", at, {});
    const headers = signatureHeaders(secret, "msg_abc", at, body);
    expect(() => new Webhook(secret).verify(body.replace("created", "deleted"), headers)).toThrow();
    const other = `whsec_${randomBytes(32).toString("base64")}`;
    expect(() => new Webhook(other).verify(body, headers)).toThrow();
  });

  it("refuses to build a payload over the size cap", () => {
    expect(() => webhookBody("token.created", new Date(), { blob: "x".repeat(70_000) })).toThrow(
      /payload over/,
    );
  });
});
