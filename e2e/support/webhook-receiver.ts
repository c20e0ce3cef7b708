import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { Webhook } from "standardwebhooks";

// What the receiver got: the event type, the token it names (if any), and whether the
// signature checked out.
export type ReceivedEvent = { type: string; tokenName: string | null; verified: boolean };

const MAX_BODY = 64 * 1024;

// A webhook receiver on 127.0.0.1, as an integrating system would write one: it checks
// every delivery's signature with the Standard Webhooks library and answers 204. The
// signing secret is given once the console has shown it.
export function startWebhookReceiver(port: number) {
  const received: ReceivedEvent[] = [];
  let secret: string | null = null;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ ...describe(body), verified: verifies(secret, body, request.headers) });
      response.writeHead(204).end();
    });
  });
  return {
    received,
    useSecret: (value: string) => void (secret = value),
    listen: () => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function describe(body: string): Omit<ReceivedEvent, "verified"> {
  try {
    const parsed = JSON.parse(body) as { type?: unknown; data?: { token?: { name?: unknown } } };
    const name = parsed.data?.token?.name;
    return { type: String(parsed.type), tokenName: typeof name === "string" ? name : null };
  } catch {
    return { type: "unreadable", tokenName: null };
  }
}

function verifies(secret: string | null, body: string, headers: IncomingHttpHeaders): boolean {
  if (secret === null) return false;
  const flat = Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(", ") : (value ?? ""),
    ]),
  );
  try {
    new Webhook(secret).verify(body, flat);
    return true;
  } catch {
    return false;
  }
}
