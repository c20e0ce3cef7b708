// Calling a server action over HTTP exactly as the browser does: a POST to the page with
// the action's id in `Next-Action` and the arguments encoded by React's own encodeReply
// (multipart form data: the FormData's fields prefixed `_1_`, and part `0` holding the
// argument list `["$undefined","$K1"]`). The answer is the RSC stream of the result.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import { root } from "./production-server";

// The ids the create-token form needs (./database.ts reads them from the server's file).
export type TokenFormIds = { adminId: string; sectionIds: string[]; versionId: string };

// The API page and its actions file, as the build's manifest names it.
export const API_PAGE = "/settings/technical/api";
export const API_ACTIONS = "app/(console)/settings/technical/api/actions.ts";

type EncodeReply = (value: unknown) => Promise<string | FormData>;

// Next's own copy of React's Flight client, the one its browser bundle uses.
const flightClient: { encodeReply: EncodeReply } = createRequire(path.join(root, "package.json"))(
  "next/dist/compiled/react-server-dom-webpack/client.node.js",
);

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

// The id the build gave an exported action, from the manifest of the build being served.
export function actionId(filename: string, exportedName: string): string {
  const manifestFile = path.join(root, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} of ${filename} in the build`);
  return found[0];
}

// A form action of useActionState receives (previous state, FormData).
export async function callFormAction(
  baseUrl: string,
  page: string,
  id: string,
  cookie: string,
  fields: Record<string, string | string[]>,
  signal: AbortSignal,
): Promise<{ status: number; text: string }> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  }
  const body = await flightClient.encodeReply([undefined, form]);
  const response = await fetch(`${baseUrl}${page}`, {
    method: "POST",
    headers: { "Next-Action": id, Accept: "text/x-component", Origin: baseUrl, Cookie: cookie },
    body,
    signal,
  });
  return { status: response.status, text: await response.text() };
}

// A token created through the create-token action by the signed-in administrator; its secret.
export async function createToken(
  baseUrl: string,
  cookie: string,
  ids: TokenFormIds,
  name: string,
): Promise<string> {
  const created = await callFormAction(
    baseUrl,
    API_PAGE,
    actionId(API_ACTIONS, "createTokenAction"),
    cookie,
    createTokenFields(ids, name),
    AbortSignal.timeout(60_000),
  );
  const secret = secretIn(created.text);
  if (!secret) throw new Error(`creating ${name}: status ${created.status}: ${created.text.slice(0, 300)}`);
  return secret;
}

// Tokens look like kw_<12>_<32> (README, "Tokens").
export function secretIn(rscText: string): string | null {
  return /\bkw_[0-9A-Za-z]{12}_[0-9A-Za-z]{32}\b/.exec(rscText)?.[0] ?? null;
}

// The create-token form's fields, as the create dialog submits them.
export function createTokenFields(ids: TokenFormIds, name: string): Record<string, string | string[]> {
  return {
    name,
    description: "",
    scope: "read",
    sectionIds: ids.sectionIds,
    apiVersionId: ids.versionId,
    expiration: "30d",
    customDate: "",
    ownerId: ids.adminId,
    allowedIpRanges: "",
    technicalContact: "",
  };
}
