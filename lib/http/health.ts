import type { IncomingMessage, ServerResponse } from "node:http";

export const HEALTH_PATH = "/healthz";
export const READY_PATH = "/readyz";

// How long /readyz waits for the database before calling this instance not ready: a
// load balancer probing every few seconds must get an answer, not a hung connection.
export const READY_CHECK_TIMEOUT_MS = 2_000;

export type Readiness = {
  // True once the instance has been told to stop: it finishes what it has but takes no more.
  draining: () => boolean;
  // Resolves when the database answers a trivial query; rejects otherwise.
  pingDatabase: () => Promise<void>;
};

type Verdict = { ready: true } | { ready: false; reason: "draining" | "database" };

// For load balancers and orchestrators. /healthz: the process is alive and serving (a
// restart is in order only when this fails). /readyz: send it traffic — the database
// answers and the instance is not shutting down. Neither needs a session, neither says
// more than its verdict, and both answer before the console (no Next.js on the way).
// Returns false for every other path.
export function answerHealth(req: IncomingMessage, res: ServerResponse, readiness: Readiness): boolean {
  // Every request passes here first: a gateway's check costs no split or new string.
  const url = req.url ?? "/";
  if (!url.startsWith(HEALTH_PATH) && !url.startsWith(READY_PATH)) return false;
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  if (path !== HEALTH_PATH && path !== READY_PATH) return false;
  if (req.method !== "GET" && req.method !== "HEAD") {
    send(res, req.method, 405, { status: "method not allowed" }, { Allow: "GET, HEAD" });
    return true;
  }
  if (path === HEALTH_PATH) {
    send(res, req.method, 200, { status: "ok" });
    return true;
  }
  void checkReadiness(readiness).then((verdict) =>
    verdict.ready
      ? send(res, req.method, 200, { status: "ready" })
      : send(res, req.method, 503, { status: "not ready", reason: verdict.reason }, { "Retry-After": "5" }),
  );
  return true;
}

export async function checkReadiness(readiness: Readiness): Promise<Verdict> {
  if (readiness.draining()) return { ready: false, reason: "draining" };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database check timed out")), READY_CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([readiness.pingDatabase(), timeout]);
  } catch {
    return { ready: false, reason: "database" };
  } finally {
    clearTimeout(timer);
  }
  // The instance may have started draining while the database answered.
  return readiness.draining() ? { ready: false, reason: "draining" } : { ready: true };
}

function send(
  res: ServerResponse,
  method: string | undefined,
  status: number,
  body: Record<string, string>,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(method === "HEAD" ? undefined : text);
}
