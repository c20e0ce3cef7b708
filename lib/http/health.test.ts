import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerHealth, READY_CHECK_TIMEOUT_MS, type Readiness } from "./health";

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

// A loopback server answering health probes with the given readiness, and 418 for anything
// else (what the console would serve).
async function serve(readiness: Readiness): Promise<number> {
  server = createServer((req, res) => {
    if (!answerHealth(req, res, readiness)) res.writeHead(418).end();
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function ask(port: number, path: string, method = "GET") {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path, method, timeout: 10_000 }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    },
  );
}

const healthy: Readiness = { draining: () => false, pingDatabase: async () => undefined };

describe("health probes", () => {
  it("says alive and ready when the database answers", async () => {
    const port = await serve(healthy);
    const alive = await ask(port, "/healthz");
    expect(alive.status).toBe(200);
    expect(JSON.parse(alive.body)).toEqual({ status: "ok" });
    expect(alive.headers["cache-control"]).toBe("no-store");
    const ready = await ask(port, "/readyz?probe=1");
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ status: "ready" });
  });

  it("is not ready while draining, and says why", async () => {
    let pinged = 0;
    const port = await serve({ draining: () => true, pingDatabase: async () => void pinged++ });
    const ready = await ask(port, "/readyz");
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({ status: "not ready", reason: "draining" });
    expect(ready.headers["retry-after"]).toBe("5");
    expect(pinged).toBe(0);
    // Alive all the same: a draining instance must not be restarted.
    expect((await ask(port, "/healthz")).status).toBe(200);
  });

  it("is not ready when the database fails, without saying how", async () => {
    const port = await serve({
      draining: () => false,
      pingDatabase: async () => {
        throw new Error("connect ECONNREFUSED 10.1.2.3:5432 password=secret");
      },
    });
    const ready = await ask(port, "/readyz");
    expect(ready.status).toBe(503);
    expect(ready.body).not.toMatch(/ECONNREFUSED|secret|10\.1/);
    expect(JSON.parse(ready.body)).toEqual({ status: "not ready", reason: "database" });
  });

  it(
    "is not ready when the database hangs, within the check's timeout",
    async () => {
      const port = await serve({ draining: () => false, pingDatabase: () => new Promise(() => undefined) });
      const ready = await ask(port, "/readyz");
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body)).toMatchObject({ reason: "database" });
    },
    READY_CHECK_TIMEOUT_MS + 5_000,
  );

  it("answers HEAD without a body and refuses other methods", async () => {
    const port = await serve(healthy);
    const head = await ask(port, "/readyz", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    const post = await ask(port, "/healthz", "POST");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });

  it("leaves every other path to the console", async () => {
    const port = await serve(healthy);
    for (const path of ["/", "/healthz/extra", "/readyzz", "/api/healthz"]) {
      expect((await ask(port, path)).status).toBe(418);
    }
  });
});
