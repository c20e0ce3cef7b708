import { request as httpRequest } from "node:http";
import { expect } from "vitest";

// Holds a running service to an OpenAPI document: each answer's status, watched headers and
// JSON body must be documented for its operation, and every documented status must be
// answered by some case (`undocumentedOrUnproduced`).
type Json = Record<string, unknown>;

export type Case = { path: string; method: string; headers?: Record<string, string>; body?: string };
export type Answer = { status: number; headers: Map<string, string>; body: string };

// node:http rather than fetch, so a GET may carry a body (an oversized-body case).
export function send(base: string, { path, method, headers = {}, body }: Case): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { "content-length": Buffer.byteLength(body) };
    const req = httpRequest(`${base}${path}`, { method, headers: { ...headers, ...length } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => {
        const map = new Map<string, string>();
        for (const [name, value] of Object.entries(res.headers)) map.set(name, String(value));
        resolve({ status: res.statusCode ?? 0, headers: map, body: text });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

// Headers a client or gateway relies on; each one sent must be documented for the answer.
const WATCHED = /^(www-authenticate|retry-after|allow|cache-control|x-keyward-.*)$/;

export function conformanceChecker(doc: { paths: object }, base: () => string) {
  const produced = new Set<string>();

  function resolveRef(node: unknown): Json {
    const value = node as Json;
    if (typeof value.$ref !== "string") return value;
    const found = value.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((at, key) => (at as Json)[key], doc);
    return resolveRef(found);
  }

  function operation(path: string, method: string): Json {
    const op = (doc.paths as Record<string, Record<string, Json>>)[path]?.[method.toLowerCase()];
    if (!op) throw new Error(`${method} ${path} is not documented`);
    return op;
  }

  function expectBodyMatches(schemaNode: unknown, body: Json) {
    const schema = resolveRef(schemaNode);
    if (Array.isArray(schema.oneOf)) {
      const fits = schema.oneOf.filter((option) => {
        try {
          expectBodyMatches(option, body);
          return true;
        } catch {
          return false;
        }
      });
      expect(fits, `body ${JSON.stringify(body)} matches exactly one schema`).toHaveLength(1);
      return;
    }
    const properties = (schema.properties ?? {}) as Record<string, Json>;
    for (const key of (schema.required ?? []) as string[]) expect(body).toHaveProperty(key);
    for (const key of Object.keys(body)) expect(Object.keys(properties)).toContain(key);
    for (const [key, property] of Object.entries(properties)) {
      if ("const" in property && key in body) expect(body[key]).toBe(property.const);
    }
  }

  function expectHeaders(label: string, answer: Answer, response: Json) {
    const documented = Object.fromEntries(
      Object.entries((response.headers ?? {}) as Json).map(([name, h]) => [
        name.toLowerCase(),
        resolveRef(h),
      ]),
    );
    for (const name of answer.headers.keys()) {
      if (WATCHED.test(name))
        expect(Object.keys(documented), `${label}: header ${name} documented`).toContain(name);
    }
    for (const [name, header] of Object.entries(documented)) {
      const value = answer.headers.get(name);
      if (header.required) expect(value, `${label}: ${name} sent`).toBeDefined();
      if (value === undefined) continue;
      const schema = resolveRef(header.schema);
      if (typeof schema.const === "string") expect(value, `${label}: ${name}`).toBe(schema.const);
      if (typeof schema.pattern === "string")
        expect(value, `${label}: ${name}`).toMatch(new RegExp(schema.pattern));
    }
  }

  function expectContent(label: string, answer: Answer, response: Json) {
    const content = response.content as Record<string, Json> | undefined;
    if (answer.body === "") {
      expect(content, `${label}: a body-less answer documents no content`).toBeUndefined();
      return;
    }
    const type = (answer.headers.get("content-type") ?? "").split(";")[0] ?? "";
    const media = content?.[type];
    expect(media, `${label}: content type ${type} documented`).toBeDefined();
    if (type === "application/json") expectBodyMatches(media?.schema, JSON.parse(answer.body) as Json);
  }

  // Sends the case, expects `status`, and checks the answer against its operation.
  async function expectDocumented(label: string, c: Case, status: number): Promise<Answer> {
    const answer = await send(base(), c);
    expect(answer.status, label).toBe(status);
    const path = c.path.split("?")[0] ?? c.path;
    const documented = (operation(path, c.method).responses as Json)[String(answer.status)];
    expect(documented, `${label}: status ${answer.status} documented`).toBeDefined();
    produced.add(`${c.method.toLowerCase()} ${path} ${answer.status}`);
    const response = resolveRef(documented);
    expectHeaders(label, answer, response);
    expectContent(label, answer, response);
    return answer;
  }

  // Every "method path status" the document names, and every one the cases produced.
  function coverage(): { documented: string[]; produced: string[] } {
    const documented: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const [method, op] of Object.entries(item)) {
        for (const status of Object.keys(op.responses as Json))
          documented.push(`${method} ${path} ${status}`);
      }
    }
    return { documented: documented.sort(), produced: [...produced].sort() };
  }

  return { expectDocumented, coverage };
}
