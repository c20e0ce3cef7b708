import { request, type IncomingHttpHeaders, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LIMITS } from "@/lib/http/body-limit";
import { createConsoleServer } from "@/lib/http/console-listener";

// Keyward's front door (lib/http/console-listener.ts) on a real node:http server, built as
// scripts/start.ts builds it, with a stand-in for Next.js that reads every body whole, as
// Next does. 127.0.0.1 is the trusted proxy; 127.0.0.2 (also loopback) is an ordinary client.
type Seen = { url: string; headers: IncomingHttpHeaders; bytes: number; ended: boolean };

let server: Server;
let port: number;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createConsoleServer({
    trustedProxies: ["127.0.0.1/32"],
    dev: false,
    readiness: { draining: () => false, pingDatabase: async () => undefined },
    verification: () => false,
    console: (req, res) => {
      const entry: Seen = { url: req.url ?? "", headers: { ...req.headers }, bytes: 0, ended: false };
      seen.push(entry);
      req.on("data", (chunk: Buffer) => {
        entry.bytes += chunk.length;
      });
      req.on("error", () => undefined);
      req.on("end", () => {
        entry.ended = true;
        res.setHeader("Set-Cookie", "probe=1; Path=/; HttpOnly");
        res.end(JSON.stringify({ bytes: entry.bytes }));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

// A raw HTTP/1.1 conversation: sends the head, then body chunks one at a time (each waits for
// the socket to take it) until the server answers or closes, and returns what came back.
async function rawRequest(head: string, chunks: { size: number; count: number; chunked: boolean }) {
  const socket = connect({ host: "127.0.0.1", port });
  let response = "";
  let closed = false;
  socket.on("data", (data: Buffer) => {
    response += data.toString("latin1");
  });
  socket.on("error", () => undefined);
  const done = new Promise<void>((resolve) =>
    socket.on("close", () => {
      closed = true;
      resolve();
    }),
  );
  await new Promise<void>((resolve) => socket.once("connect", resolve));
  await new Promise<void>((resolve) => socket.write(head, () => resolve()));
  let written = 0;
  const payload = Buffer.alloc(chunks.size, 0x61);
  for (let i = 0; i < chunks.count && !closed && response === ""; i++) {
    const frame = chunks.chunked
      ? Buffer.concat([Buffer.from(`${chunks.size.toString(16)}\r\n`), payload, Buffer.from("\r\n")])
      : payload;
    const ok = await new Promise<boolean>((resolve) => socket.write(frame, (error) => resolve(!error)));
    if (!ok) break;
    written += chunks.size;
    // Let the server read what was sent before sending more.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (!closed && response === "" && chunks.chunked) socket.write("0\r\n\r\n");
  if (response === "") await new Promise<void>((resolve) => socket.once("data", () => resolve()));
  socket.end();
  await done;
  return { status: Number(response.slice(9, 12)), response, written };
}

function get(path: string, options: { headers?: Record<string, string>; localAddress?: string } = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, headers: options.headers, localAddress: options.localAddress },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

function lastSeen(): Seen {
  const entry = seen.at(-1);
  if (!entry) throw new Error("the console handler saw no request");
  return entry;
}

describe("request body limits", () => {
  it("answers a declared 60 MB sign-in body with 413 from the headers alone", async () => {
    const before = seen.length;
    const result = await rawRequest(
      "POST /api/auth/callback/credentials HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
        "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 62914560\r\n\r\n",
      { size: 0, count: 0, chunked: false },
    );
    expect(result.status).toBe(413);
    expect(result.response).toMatch(/connection: close/i);
    // Not one body byte was sent, and the console never saw the request.
    expect(result.written).toBe(0);
    expect(seen.length).toBe(before);
  });

  it("never invites a declared 60 MB body that asks first (Expect: 100-continue)", async () => {
    const before = seen.length;
    const result = await rawRequest(
      "POST /api/auth/callback/credentials HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
        "Content-Length: 62914560\r\nExpect: 100-continue\r\n\r\n",
      { size: 0, count: 0, chunked: false },
    );
    expect(result.response).not.toContain("100 Continue");
    expect(result.status).toBe(413);
    expect(seen.length).toBe(before);
  });

  it("cuts a chunked sign-in body off once it passes 16 KiB, before the handler reads past it", async () => {
    const chunk = 4 * 1024;
    const result = await rawRequest(
      "POST /api/auth/callback/credentials HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
        "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n",
      { size: chunk, count: 2_000, chunked: true },
    );
    expect(result.status).toBe(413);
    const handled = lastSeen();
    expect(handled.url).toBe("/api/auth/callback/credentials");
    // The handler got at most the limit, never the whole 8 MB the client was ready to send,
    // and the body never completed for it.
    expect(handled.bytes).toBeLessThanOrEqual(BODY_LIMITS.auth);
    expect(handled.ended).toBe(false);
    // The client could not push much past the limit either before the server hung up (the
    // slack is what loopback socket buffers hold, far below the 8 MB on offer).
    expect(result.written).toBeLessThan(2_000 * chunk);
  });

  it("passes bodies within their limit through whole, chunked or not", async () => {
    const action = await rawRequest(
      "POST /settings/technical/api HTTP/1.1\r\nHost: 127.0.0.1\r\nNext-Action: 7f00\r\n" +
        // A server action must say how its arguments are encoded (lib/http/server-action-body.ts).
        "Content-Type: multipart/form-data; boundary=keyward\r\n" +
        `Content-Length: ${90 * 1024}\r\nConnection: close\r\n\r\n`,
      { size: 90 * 1024, count: 1, chunked: false },
    );
    expect(action.status).toBe(200);
    expect(lastSeen().bytes).toBe(90 * 1024);

    const chunked = await rawRequest(
      "POST /api/auth/callback/credentials HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
        "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
      { size: 1024, count: 15, chunked: true },
    );
    expect(chunked.status).toBe(200);
    expect(lastSeen()).toMatchObject({ bytes: 15 * 1024, ended: true });
  });

  it("holds a server action to 100 KB and every other page to the default", async () => {
    const action = await rawRequest(
      "POST /settings/technical/api HTTP/1.1\r\nHost: 127.0.0.1\r\nNext-Action: 7f00\r\n" +
        `Content-Length: ${BODY_LIMITS.serverAction + 1}\r\n\r\n`,
      { size: 0, count: 0, chunked: false },
    );
    expect(action.status).toBe(413);
    const page = await rawRequest(
      `POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${BODY_LIMITS.other + 1}\r\n\r\n`,
      { size: 0, count: 0, chunked: false },
    );
    expect(page.status).toBe(413);
  });
});

describe("client address, protocol and security headers", () => {
  it("over plain http: a nonce-based CSP, Permissions-Policy, no HSTS", async () => {
    const first = await get("/login");
    const policy = String(first.headers["content-security-policy"]);
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(first.headers["permissions-policy"]).toContain("camera=()");
    expect(first.headers["strict-transport-security"]).toBeUndefined();
    // Next.js reads the nonce from the request's copy of the policy.
    expect(lastSeen().headers["content-security-policy"]).toBe(policy);
    expect(lastSeen().headers["x-keyward-proto"]).toBe("http");

    const second = await get("/login");
    expect(second.headers["content-security-policy"]).not.toBe(policy);
  });

  it("through the trusted proxy saying https: HSTS, and the proxy's client address", async () => {
    const res = await get("/login", {
      headers: { "x-forwarded-proto": "https", "x-forwarded-for": "6.6.6.6, 198.51.100.7" },
    });
    expect(res.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(lastSeen().headers).toMatchObject({
      "x-keyward-proto": "https",
      "x-keyward-client-ip": "198.51.100.7",
    });
  });

  it("from an untrusted peer, X-Forwarded-* and self-stamped headers count for nothing", async () => {
    const res = await get("/login", {
      localAddress: "127.0.0.2",
      headers: {
        "x-forwarded-proto": "https",
        "x-forwarded-for": "198.51.100.7",
        "x-forwarded-host": "evil.example",
        "x-keyward-client-ip": "198.51.100.8",
        "x-keyward-proto": "https",
        "content-security-policy": "script-src 'nonce-chosen-by-client'",
      },
    });
    expect(res.headers["strict-transport-security"]).toBeUndefined();
    const headers = lastSeen().headers;
    expect(headers).toMatchObject({ "x-keyward-proto": "http", "x-keyward-client-ip": "127.0.0.2" });
    expect(headers["x-forwarded-for"]).toBeUndefined();
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["content-security-policy"]).not.toContain("chosen-by-client");
  });
});
