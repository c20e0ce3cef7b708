import { z, type core } from "zod";
import { parseCidrList } from "./cidr";
import { TOKEN_FIELD_MESSAGES as M } from "./messages";
import { tokenScopeSchema } from "./scope";

export const EXPIRATION_PRESETS = ["7d", "30d", "60d", "90d", "1y", "custom", "never"] as const;
export type ExpirationPreset = (typeof EXPIRATION_PRESETS)[number];
// The edit form's extra choice: leave the expiry as it is.
export const KEEP_EXPIRATION = "keep";

export const MAX_NAME_LENGTH = 100;
export const MAX_DESCRIPTION_LENGTH = 500;
export const MAX_ALLOWED_IP_RANGES = 100;
const MAX_SECTIONS = 200;
const MAX_ID_LENGTH = 64;
const MAX_IP_TEXT_LENGTH = 10_000;

const DAY_MS = 24 * 60 * 60 * 1000;
const PRESET_DAYS = { "7d": 7, "30d": 30, "60d": 60, "90d": 90 } as const;

// Lengths count characters as people see them (code points), not UTF-16 units.
const charCount = (text: string) => Array.from(text).length;

// A missing form field arrives as undefined; treating it as empty gives the field's own
// message instead of a type error, and keeps the other fields' checks running.
function formText<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === undefined || value === null ? "" : value), schema);
}

const idField = (message: string) =>
  formText(z.string({ error: message }).trim().min(1, message).max(MAX_ID_LENGTH, message));

export const tokenNameSchema = formText(
  z
    .string({ error: M.nameRequired })
    .trim()
    .min(1, M.nameRequired)
    .refine((name) => charCount(name) <= MAX_NAME_LENGTH, M.nameTooLong)
    // Names end up in audit rows and CSV exports; a line break there could fake a row.
    .refine((name) => !/\p{Cc}/u.test(name), M.nameControlCharacters),
);

const fields = {
  name: tokenNameSchema,
  description: formText(
    z
      .string({ error: M.descriptionTooLong })
      .trim()
      .refine((text) => charCount(text) <= MAX_DESCRIPTION_LENGTH, M.descriptionTooLong),
  ),
  scope: tokenScopeSchema,
  sectionIds: z
    .preprocess(
      (value) => value ?? [],
      z
        .array(
          z
            .string({ error: M.sectionsInvalid })
            .trim()
            .min(1, M.sectionsInvalid)
            .max(MAX_ID_LENGTH, M.sectionsInvalid),
          {
            error: M.sectionsInvalid,
          },
        )
        .min(1, M.sectionsRequired)
        .max(MAX_SECTIONS, M.sectionsInvalid),
    )
    .transform((ids) => [...new Set(ids)]),
  customDate: formText(z.string({ error: M.customDateRequired }).trim()),
  allowedIpRanges: formText(z.string().max(MAX_IP_TEXT_LENGTH, M.allowedIpsTooLong)).transform(
    (text, ctx) => {
      const result = parseCidrList(text);
      if (!result.ok) {
        ctx.addIssue({ code: "custom", message: M.allowedIpsInvalid(result.invalid) });
        return z.NEVER;
      }
      if (result.ranges.length > MAX_ALLOWED_IP_RANGES) {
        ctx.addIssue({ code: "custom", message: M.allowedIpsTooLong });
        return z.NEVER;
      }
      return result.ranges;
    },
  ),
  technicalContact: formText(z.string({ error: M.contactInvalid }).trim().max(254, M.contactTooLong))
    .transform((email) => (email === "" ? null : email))
    .pipe(z.email(M.contactInvalid).nullable()),
};

function parseIsoDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : null;
}

// A custom date means the token works through that whole day, in UTC. Today therefore
// still lies in the future; yesterday does not.
function endOfDay(date: Date): Date {
  return new Date(date.getTime() + DAY_MS - 1);
}

// Null means the token never expires. Only call it with input the schema accepted.
export function expiresAtFrom(
  expiration: ExpirationPreset,
  customDate: string | undefined,
  now: Date,
): Date | null {
  switch (expiration) {
    case "never":
      return null;
    case "custom": {
      const date = parseIsoDate(customDate ?? "");
      if (!date) throw new Error("expiresAtFrom: customDate is not a valid YYYY-MM-DD date");
      return endOfDay(date);
    }
    case "1y": {
      const next = new Date(now.getTime());
      next.setUTCFullYear(next.getUTCFullYear() + 1);
      return next;
    }
    default:
      return new Date(now.getTime() + PRESET_DAYS[expiration] * DAY_MS);
  }
}

function checkCustomDate(expiration: string, customDate: string, now: Date, ctx: z.RefinementCtx): void {
  if (expiration !== "custom") return;
  const date = parseIsoDate(customDate);
  if (!date) ctx.addIssue({ code: "custom", path: ["customDate"], message: M.customDateRequired });
  else if (endOfDay(date).getTime() <= now.getTime()) {
    ctx.addIssue({ code: "custom", path: ["customDate"], message: M.customDateInPast });
  }
}

// Runs the custom-date check even when another field failed, so one submit reports every
// wrong field (zod skips object refinements after a failed field by default).
const customDateCheck = {
  when: (payload: core.ParsePayload): boolean => {
    const value = payload.value;
    return (
      typeof value === "object" &&
      value !== null &&
      "expiration" in value &&
      "customDate" in value &&
      typeof value.expiration === "string" &&
      typeof value.customDate === "string"
    );
  },
};

// Create and duplicate. Whether "never" is allowed depends on the caller's role, which the
// action checks (capability tokens.noExpiration); the schema only checks the shape.
export function tokenFieldsSchema(now: Date = new Date()) {
  return z
    .object({
      ...fields,
      apiVersionId: idField(M.versionRequired),
      ownerId: idField(M.ownerRequired),
      expiration: z.enum(EXPIRATION_PRESETS, { error: M.expirationRequired }),
    })
    .superRefine(
      (input, ctx) => checkCustomDate(input.expiration, input.customDate, now, ctx),
      customDateCheck,
    )
    .transform(({ customDate, ...input }) => ({
      ...input,
      expiresAt: expiresAtFrom(input.expiration, customDate, now),
    }));
}

// Edit: the version has its own action and the owner is fixed; expiresAt undefined means
// keep the current expiry.
export function tokenEditFieldsSchema(now: Date = new Date()) {
  return z
    .object({
      ...fields,
      expiration: z.enum([...EXPIRATION_PRESETS, KEEP_EXPIRATION], { error: M.expirationRequired }),
    })
    .superRefine(
      (input, ctx) => checkCustomDate(input.expiration, input.customDate, now, ctx),
      customDateCheck,
    )
    .transform(({ customDate, ...input }) => ({
      ...input,
      expiresAt:
        input.expiration === KEEP_EXPIRATION ? undefined : expiresAtFrom(input.expiration, customDate, now),
    }));
}

export type TokenFields = z.output<ReturnType<typeof tokenFieldsSchema>>;
export type TokenEditFields = z.output<ReturnType<typeof tokenEditFieldsSchema>>;
