import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { refuseUndecodableAction } from "./server-action-body";

// A real node:http server on loopback whose "Next.js" reads the body and echoes it, so the
// test sees both what the guard answered and what a handler behind it would have read.
let server: Server | undefined;

async function serve(): Promise<number> {
  server = createServer((req, res) => {
    if (refuseUndecodableAction(req, res)) return;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => res.writeHead(200).end(`read:${Buffer.concat(chunks).toString("utf8")}`));
    req.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

function post(port: number, headers: Record<string, string>, chunks: string[]) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method: "POST", path: "/settings", headers }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (chunk: Buffer) => parts.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString("utf8") }),
      );
    });
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const action = { "Next-Action": "7f00" };

describe("refuseUndecodableAction", () => {
  it("hands a JSON text body on unchanged, even when it arrives in pieces", async () => {
    const port = await serve();
    const answer = await post(port, { ...action, "Content-Type": "text/plain;charset=UTF-8" }, [
      '["$K1",',
      '"x"]',
    ]);
    expect(answer).toEqual({ status: 200, body: 'read:["$K1","x"]' });
  });

  it("answers 400 for a text body that is not JSON, before the handler reads it", async () => {
    const port = await serve();
    const answer = await post(port, { ...action, "Content-Type": "text/plain" }, ["{not json"]);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain("read:");
  });

  it("answers 415 for a content type Next.js cannot decode, and for none", async () => {
    const port = await serve();
    expect((await post(port, { ...action, "Content-Type": "application/json" }, ["[]"])).status).toBe(415);
    expect((await post(port, { ...action }, ["[]"])).status).toBe(415);
  });

  it("leaves multipart actions and requests that are not actions alone", async () => {
    const port = await serve();
    const multipart = await post(port, { ...action, "Content-Type": "multipart/form-data; boundary=b" }, [
      "--b--",
    ]);
    const plain = await post(port, { "Content-Type": "application/json" }, ["{not json"]);
    expect(multipart).toEqual({ status: 200, body: "read:--b--" });
    expect(plain).toEqual({ status: 200, body: "read:{not json" });
  });
});
