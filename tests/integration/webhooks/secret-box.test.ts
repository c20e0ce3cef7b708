import { describe, expect, it } from "vitest";
import { decryptWebhookSecret, encryptWebhookSecret, generateWebhookSecret } from "@/lib/webhooks/secret-box";

describe("signing secrets at rest", () => {
  it("are stored encrypted, recovered to sign, and refused when tampered with", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const stored = encryptWebhookSecret(secret);
    expect(stored).not.toContain(secret.slice(6, 20));
    expect(encryptWebhookSecret(secret)).not.toBe(stored);
    expect(decryptWebhookSecret(stored)).toBe(secret);
    const [version, iv, tag, sealed = ""] = stored.split(".");
    const flipped = `${sealed.startsWith("A") ? "B" : "A"}${sealed.slice(1)}`;
    expect(() => decryptWebhookSecret([version, iv, tag, flipped].join("."))).toThrow();
    expect(() => decryptWebhookSecret("plain")).toThrow("not in a known format");
  });
});
