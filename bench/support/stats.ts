import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

// Wall time of one GET on loopback, read to the end; anything but a 200 whose body holds
// `expected` (when given) stops the bench rather than timing an error page.
export async function timedGet(
  url: string,
  headers: Record<string, string>,
  expected?: string,
): Promise<number> {
  const started = performance.now();
  const response = await fetchOnce(url, headers);
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200 || (expected !== undefined && !body.includes(expected))) {
    throw new Error(`GET ${url} answered ${response.status}`);
  }
  return elapsed;
}

// `count` sequential GETs, after a few uncounted ones that warm the route (JIT, caches).
export async function timeRequests(
  url: string,
  headers: Record<string, string>,
  count = 20,
  warmup = 5,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await timedGet(url, headers);
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await timedGet(url, headers));
  return times;
}

// A kept-alive socket the server has just closed fails the request before it is sent;
// that one is sent again on a fresh connection.
async function fetchOnce(url: string, headers: Record<string, string>): Promise<Response> {
  try {
    return await fetch(url, { headers, redirect: "manual" });
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return fetch(url, { headers, redirect: "manual" });
  }
}

export function writeResult(name: string, result: unknown): string {
  const dir = path.resolve("bench/results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
