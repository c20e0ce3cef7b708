import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { send, type RawResponse } from "./raw-http";
import { SECURITY_BASE_URL } from "./security-env";
import type { Session } from "./sign-in";

// Server actions are POSTed exactly as Next.js 16's client does it
// (next/dist/client/components/router-reducer/reducers/server-action-reducer.js): the
// action's id in `Next-Action`, the arguments the id's info byte marks as used, encoded by
// React's own `encodeReply` — a JSON string (text/plain) or, when an argument is a
// FormData, a multipart body.
const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown[]) => Promise<string | FormData>;
};
const { omitUnusedArgs, extractInfoFromServerReferenceId } =
  require("next/dist/shared/lib/server-reference-info") as {
    omitUnusedArgs: (args: unknown[], info: unknown) => unknown[];
    extractInfoFromServerReferenceId: (id: string) => unknown;
  };

type ManifestEntry = { filename: string; exportedName: string };
let manifest: Record<string, ManifestEntry> | undefined;

// The build's id for an exported action of a file (ids change with every build).
export function actionId(file: string, exportedName: string): string {
  manifest ??= (
    JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
      node: Record<string, ManifestEntry>;
    }
  ).node;
  const found = Object.entries(manifest).find(
    ([, entry]) => entry.filename === file && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${exportedName} in ${file} in this build`);
  return found[0];
}

export type ActionRef = { file: string; name: string; page: string };

export const API_ACTIONS = "app/(console)/settings/technical/api/actions.ts";
export const MEMBER_ACTIONS = "app/(console)/settings/members/actions.ts";
export const SWITCH_ACTIONS = "app/(console)/actions/switch-account.ts";

export type EncodedBody = { body: string | Buffer; contentType: string };

// React's reply encoding of the arguments, as the browser would send them.
export async function encodeArgs(ref: ActionRef, args: unknown[]): Promise<EncodedBody> {
  const id = actionId(ref.file, ref.name);
  const encoded = await encodeReply(omitUnusedArgs(args, extractInfoFromServerReferenceId(id)));
  if (typeof encoded === "string") return { body: encoded, contentType: "text/plain;charset=UTF-8" };
  const request = new Request("http://multipart.invalid", { method: "POST", body: encoded });
  return {
    body: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get("content-type") ?? "",
  };
}

export type ActionPost = {
  session?: Session;
  // A raw body instead of encoded arguments (malformed encodings, wrong content types).
  raw?: EncodedBody;
  args?: unknown[];
  headers?: Record<string, string>;
  id?: string;
};

export async function postAction(ref: ActionRef, post: ActionPost): Promise<RawResponse> {
  const { body, contentType } = post.raw ?? (await encodeArgs(ref, post.args ?? []));
  return send({
    method: "POST",
    path: ref.page,
    headers: {
      Accept: "text/x-component",
      "Content-Type": contentType,
      "Next-Action": post.id ?? actionId(ref.file, ref.name),
      Origin: SECURITY_BASE_URL,
      "Sec-Fetch-Site": "same-origin",
      ...(post.session ? { Cookie: post.session.cookie } : {}),
      ...post.headers,
    },
    body,
  });
}

// Builds the FormData a form submits; repeated keys for arrays, as checkbox groups send them.
export function form(fields: Record<string, string | string[] | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}
