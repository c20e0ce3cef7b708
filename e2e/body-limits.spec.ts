import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./support/e2e-env";

// The attack on the production server: an unauthenticated sign-in POST with a huge
// body used to be read whole by next-auth. Now the front door answers 413 before the body is
// read (declared), or at most one chunk past 16 KiB (chunked), and the server carries on.

// Sends `head`, then up to `chunks` chunks of 4 KiB (chunked encoding) until the server
// answers; returns the status line and how many body bytes the client got to send.
async function post(head: string, chunks: number): Promise<{ statusLine: string; sent: number }> {
  const socket = connect({ host: "127.0.0.1", port: E2E_PORT });
  let response = "";
  socket.on("data", (data: Buffer) => (response += data.toString("latin1")));
  socket.on("error", () => undefined);
  const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  socket.write(head);
  let sent = 0;
  const chunk = Buffer.concat([Buffer.from("1000\r\n"), Buffer.alloc(4096, 0x61), Buffer.from("\r\n")]);
  for (let i = 0; i < chunks && response === "" && !socket.destroyed; i++) {
    const ok = await new Promise<boolean>((resolve) => socket.write(chunk, (error) => resolve(!error)));
    if (!ok) break;
    sent += 4096;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await closed;
  return { statusLine: response.split("\r\n")[0] ?? "", sent };
}

test("a declared 60 MB sign-in body gets 413 from the headers alone", async ({ request }) => {
  const result = await post(
    "POST /api/auth/callback/credentials HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
      "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 62914560\r\n\r\n",
    0,
  );
  expect(result.statusLine).toBe("HTTP/1.1 413 Payload Too Large");
  expect((await request.get("/login")).status()).toBe(200);
});

test("a chunked sign-in body is cut off with 413 once it passes 16 KiB", async ({ request }) => {
  const result = await post(
    "POST /api/auth/callback/credentials HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
      "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n",
    2_000,
  );
  expect(result.statusLine).toBe("HTTP/1.1 413 Payload Too Large");
  // Far from the 8 MB the client was ready to send (the slack is socket buffering).
  expect(result.sent).toBeLessThan(2_000 * 4096);
  expect((await request.get("/login")).status()).toBe(200);
});
