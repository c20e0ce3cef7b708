import "server-only";
import { z } from "zod";
import { defineCommand } from "@/lib/commands/define-command";
import { ok } from "@/lib/commands/result";
import { db } from "@/lib/db/client";
import { LOCALES } from "@/lib/i18n/locales";
import { LANGUAGE_MESSAGES as M } from "./messages";

// The console language a user chooses for themselves (the user menu's "Language"). A display
// preference changes nothing anyone or any token may do, so it is not an audit event (the
// log records lifecycle and security changes) and runs in a plain transaction.
export const setOwnLocale = defineCommand({
  capability: "own account",
  input: z.object({ locale: z.enum(LOCALES, { error: M.invalid }) }),
  transaction: (work) => db().$transaction(work),
  async run(tx, { actor, input }) {
    await tx.user.update({
      where: { id: actor.userId },
      data: { locale: input.locale },
      select: { id: true },
    });
    return ok(input.locale);
  },
});
