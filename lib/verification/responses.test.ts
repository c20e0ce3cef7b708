import { createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { sendDenied } from "./responses";

// What a client receives for a 403 whose required permissions it chose itself: a real
// node:http server on loopback, so Node's own header validation is in the loop.
let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function deniedFor(required: string[]) {
  server = createServer((_req, res) => sendDenied(res, "insufficient_scope", required));
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise<{ status: number; challenge: string | undefined; headers: string[] }>(
    (resolve, reject) => {
      get({ host: "127.0.0.1", port, path: "/" }, (res) => {
        res.resume();
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            challenge: res.headers["www-authenticate"],
            headers: Object.keys(res.headers),
          }),
        );
      }).on("error", reject);
    },
  );
}

describe("sendDenied for insufficient scope", () => {
  it("names the valid permissions the gateway asked for", async () => {
    const answer = await deniedFor(["leads:write", "reports:read"]);
    expect(answer.status).toBe(403);
    expect(answer.challenge).toBe(
      'Bearer realm="keyward", error="insufficient_scope", scope="leads:write reports:read"',
    );
  });

  it("never echoes a quote, a line break or a non-Latin-1 character into the challenge", async () => {
    const answer = await deniedFor([
      'leads:write", error="none',
      "leads:write\r\nSet-Cookie: x=1",
      "lea\u202eds:write",
    ]);
    expect(answer.status).toBe(403);
    expect(answer.challenge).toBe('Bearer realm="keyward", error="insufficient_scope"');
    expect(answer.headers).not.toContain("set-cookie");
  });
});
