"use server";

// Server actions of the Webhooks screen. Each is a public endpoint; the adapter resolves the
// signed-in actor and the lib/ command checks the role, the account and the input.
import type { ActionState } from "@/lib/commands/result";
import { createEndpoint } from "@/lib/webhook-endpoints/commands/create-endpoint";
import { deleteEndpoint } from "@/lib/webhook-endpoints/commands/delete-endpoint";
import { rotateEndpointSecret } from "@/lib/webhook-endpoints/commands/rotate-endpoint-secret";
import { sendTestEvent } from "@/lib/webhook-endpoints/commands/send-test-event";
import { setEndpointEnabled } from "@/lib/webhook-endpoints/commands/set-endpoint-enabled";
import { updateEndpoint } from "@/lib/webhook-endpoints/commands/update-endpoint";
import type { IssuedSigningSecret } from "@/lib/webhook-endpoints/dto";
import { runAction, runFormAction, type ActionScope } from "../../../_lib/server-action";

const WEBHOOKS: ActionScope = {
  actor: "working",
  revalidate: { path: "/settings/technical/webhooks", type: "layout" },
};

function endpointFields(data: FormData) {
  return { url: data.get("url"), description: data.get("description"), events: data.getAll("events") };
}

export async function createEndpointAction(_: ActionState<IssuedSigningSecret>, form: unknown) {
  return runFormAction(WEBHOOKS, form, (actor, data) => createEndpoint(actor, endpointFields(data)));
}

export async function updateEndpointAction(_: ActionState, form: unknown) {
  return runFormAction(WEBHOOKS, form, (actor, data) =>
    updateEndpoint(actor, data.get("endpointId"), endpointFields(data)),
  );
}

export async function rotateEndpointSecretAction(_: ActionState<IssuedSigningSecret>, form: unknown) {
  return runFormAction(WEBHOOKS, form, (actor, data) => rotateEndpointSecret(actor, data.get("endpointId")));
}

export async function deleteEndpointAction(_: ActionState, form: unknown) {
  return runFormAction(WEBHOOKS, form, (actor, data) => deleteEndpoint(actor, data.get("endpointId")));
}

export async function setEndpointEnabledAction(endpointId: unknown, enabled: unknown) {
  return runAction(WEBHOOKS, (actor) => setEndpointEnabled(actor, endpointId, enabled));
}

export async function sendTestEventAction(endpointId: unknown) {
  return runAction(WEBHOOKS, (actor) => sendTestEvent(actor, endpointId));
}
