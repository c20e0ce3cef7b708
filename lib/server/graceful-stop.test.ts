import { Agent, createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { gracefulStop } from "./graceful-stop";

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  server = undefined;
});

// A loopback server whose /slow answers only when the test says so.
async function serveSlow() {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  server = createServer((req, res) => {
    if (req.url === "/slow") void released.then(() => res.end("done"));
    else res.end("quick");
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const serving = server;
  return { server: serving, port: (serving.address() as AddressInfo).port, release };
}

function get(port: number, path: string, agent?: Agent) {
  return new Promise<string>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent, timeout: 10_000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("gracefulStop", () => {
  it("lets a request under way finish, refuses new connections, then finishes", async () => {
    const { server: serving, port, release } = await serveSlow();
    const steps: string[] = [];
    const slow = get(port, "/slow").then((body) => steps.push(`slow answered: ${body}`));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = gracefulStop(serving, {
      graceMs: 10_000,
      finish: async () => void steps.push("finished"),
    }).then((outcome) => steps.push(outcome));
    await expect(get(port, "/quick")).rejects.toThrow(/ECONNREFUSED/);
    expect(steps).toEqual([]);
    release();
    await Promise.all([slow, stopped]);
    expect(steps).toEqual(["slow answered: done", "finished", "drained"]);
  });

  it("does not wait for an idle keep-alive connection", async () => {
    const { server: serving, port } = await serveSlow();
    const agent = new Agent({ keepAlive: true });
    expect(await get(port, "/quick", agent)).toBe("quick");
    const started = Date.now();
    const outcome = await gracefulStop(serving, { graceMs: 30_000, finish: async () => undefined });
    expect(outcome).toBe("drained");
    expect(Date.now() - started).toBeLessThan(30_000);
    agent.destroy();
  });

  it("cuts what is still under way when the grace period is over, and still finishes", async () => {
    const { server: serving, port } = await serveSlow();
    const slow = get(port, "/slow");
    await new Promise((resolve) => setTimeout(resolve, 100));
    let finished = false;
    const outcome = await gracefulStop(serving, { graceMs: 200, finish: async () => void (finished = true) });
    expect(outcome).toBe("cut");
    expect(finished).toBe(true);
    await expect(slow).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});
