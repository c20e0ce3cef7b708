import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { AuditAction } from "@/lib/audit/actions";
import { NOT_ALLOWED } from "@/lib/auth/messages";
import type { Role } from "@/lib/auth/roles";
import type { ActionState } from "@/lib/commands/result";
import { db } from "@/lib/db/client";
import { createEndpoint } from "@/lib/webhook-endpoints/commands/create-endpoint";
import { deleteEndpoint } from "@/lib/webhook-endpoints/commands/delete-endpoint";
import { rotateEndpointSecret } from "@/lib/webhook-endpoints/commands/rotate-endpoint-secret";
import { sendTestEvent } from "@/lib/webhook-endpoints/commands/send-test-event";
import { setEndpointEnabled } from "@/lib/webhook-endpoints/commands/set-endpoint-enabled";
import { updateEndpoint } from "@/lib/webhook-endpoints/commands/update-endpoint";
import { WEBHOOK_ENDPOINT_MESSAGES as M } from "@/lib/webhook-endpoints/messages";
import { createTestAccount } from "../support/fixtures";
import { addEndpoint, endpointInput, lastAuditEvent, webhooksSnapshot } from "../support/webhook-endpoints";

process.env.KEYWARD_WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";

// Every endpoint command, as every role and as a manager of another account. Administrators
// and implementation specialists change the endpoint and write one audit event; support
// staff and members are refused, another account's endpoint is "not found", and neither
// changes anything.
type Command = {
  name: string;
  audit: AuditAction;
  run: (actor: Actor, endpointId: string) => Promise<ActionState<unknown>>;
};

const COMMANDS: Command[] = [
  {
    name: "edit",
    audit: "webhook.endpoint_updated",
    run: (actor, id) => updateEndpoint(actor, id, endpointInput({ events: ["token.deleted"] })),
  },
  {
    name: "disable",
    audit: "webhook.endpoint_disabled",
    run: (actor, id) => setEndpointEnabled(actor, id, false),
  },
  {
    name: "rotate secret",
    audit: "webhook.endpoint_secret_rotated",
    run: (actor, id) => rotateEndpointSecret(actor, id),
  },
  {
    name: "send test event",
    audit: "webhook.endpoint_test_sent",
    run: (actor, id) => sendTestEvent(actor, id),
  },
  { name: "delete", audit: "webhook.endpoint_deleted", run: (actor, id) => deleteEndpoint(actor, id) },
];

const MANAGERS: Role[] = ["administrator", "implementation_specialist"];
const REFUSED: Role[] = ["support_staff", "member"];

describe.each(COMMANDS)("$name", (command) => {
  it.each(MANAGERS)("is allowed to %s, with one audit event naming the endpoint", async (role) => {
    const account = await createTestAccount();
    const { endpointId } = await addEndpoint(account.actors.administrator);
    const before = await webhooksSnapshot(account.accountId);
    expect(await command.run(account.actors[role], endpointId)).toMatchObject({ ok: true });
    const after = await webhooksSnapshot(account.accountId);
    expect(after.auditEvents).toBe(before.auditEvents + 1);
    expect(await lastAuditEvent(account.accountId)).toMatchObject({
      action: command.audit,
      actorUserId: account.actors[role].userId,
      targetType: "webhook",
      targetId: endpointId,
    });
  });

  it.each(REFUSED)("is refused to %s, changing nothing", async (role) => {
    const account = await createTestAccount();
    const { endpointId } = await addEndpoint(account.actors.administrator);
    const before = await webhooksSnapshot(account.accountId);
    expect(await command.run(account.actors[role], endpointId)).toEqual({ ok: false, message: NOT_ALLOWED });
    expect(await webhooksSnapshot(account.accountId)).toEqual(before);
  });

  it("cannot reach another account's endpoint, which reads as not found", async () => {
    const [owner, other] = [await createTestAccount(), await createTestAccount()];
    const { endpointId } = await addEndpoint(owner.actors.administrator);
    const before = await webhooksSnapshot(owner.accountId);
    expect(await command.run(other.actors.administrator, endpointId)).toMatchObject({
      ok: false,
      message: M.notFound,
    });
    expect(await webhooksSnapshot(owner.accountId)).toEqual(before);
  });
});

describe("create", () => {
  it.each(MANAGERS)("is allowed to %s", async (role) => {
    const account = await createTestAccount();
    expect(await createEndpoint(account.actors[role], endpointInput())).toMatchObject({ ok: true });
    expect(await db().webhookEndpoint.count({ where: { accountId: account.accountId } })).toBe(1);
  });

  it.each(REFUSED)("is refused to %s, creating nothing", async (role) => {
    const account = await createTestAccount();
    const before = await webhooksSnapshot(account.accountId);
    expect(await createEndpoint(account.actors[role], endpointInput())).toEqual({
      ok: false,
      message: NOT_ALLOWED,
    });
    expect(await webhooksSnapshot(account.accountId)).toEqual(before);
  });
});
