import { z, type core } from "zod";
import { charCount, formText, MAX_EMAIL_LENGTH, plainTextName } from "@/lib/validation/form-text";
import { hasUnsafeCharactersInLines, normalizeLineBreaks } from "@/lib/validation/plain-text";
import { parseCidrList } from "./cidr";
import {
  DAY_MS,
  EXPIRATION_CHOICES,
  PRESET_NOMINAL_DAYS,
  endOfUtcDay,
  isDurationPreset,
  latestExpiry,
  oneYearFrom,
  presetAllowed,
  type ExpirationChoice,
  type ExpiryRule,
} from "./expiry-rule";
import { NAME_MESSAGES } from "@/lib/validation/messages";
import { TOKEN_FIELD_MESSAGES as M } from "./messages";
import { tokenScopeSchema } from "./scope";

// The edit form's extra choice: leave the expiry as it is.
export const KEEP_EXPIRATION = "keep";

export const MAX_DESCRIPTION_LENGTH = 500;
export const MAX_ALLOWED_IP_RANGES = 100;
const MAX_SECTIONS = 200;
const MAX_ID_LENGTH = 64;
const MAX_IP_TEXT_LENGTH = 10_000;

const idField = (message: string) =>
  formText(z.string({ error: message }).trim().min(1, message).max(MAX_ID_LENGTH, message));

export const tokenNameSchema = plainTextName(NAME_MESSAGES);

const fields = {
  name: tokenNameSchema,
  description: formText(
    z
      .string({ error: M.descriptionTooLong })
      .trim()
      .transform(normalizeLineBreaks)
      .refine((text) => charCount(text) <= MAX_DESCRIPTION_LENGTH, M.descriptionTooLong)
      .refine((text) => !hasUnsafeCharactersInLines(text), M.descriptionControlCharacters),
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
  technicalContact: formText(
    z.string({ error: M.contactInvalid }).trim().max(MAX_EMAIL_LENGTH, M.contactTooLong),
  )
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
const endOfDay = endOfUtcDay;

// Null means the token never expires. Only call it with input the schema accepted.
export function expiresAtFrom(
  expiration: ExpirationChoice,
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
    case "1y":
      return oneYearFrom(now);
    default:
      return new Date(now.getTime() + PRESET_NOMINAL_DAYS[expiration] * DAY_MS);
  }
}

// The role's limits on the expiry, checked on the server for every way of setting one:
// "No expiration" for administrators only, presets and custom dates within the rule's days.
function checkExpiry(
  expiration: string,
  customDate: unknown,
  rule: ExpiryRule,
  now: Date,
  ctx: z.RefinementCtx,
): void {
  if (expiration === "never" && !rule.allowNever) {
    ctx.addIssue({ code: "custom", path: ["expiration"], message: M.noExpirationAdminOnly });
  } else if (isDurationPreset(expiration) && !presetAllowed(expiration, rule)) {
    ctx.addIssue({ code: "custom", path: ["expiration"], message: M.lifetimeTooLong(rule.maxDays) });
  }
  if (expiration !== "custom" || typeof customDate !== "string") return;
  const date = parseIsoDate(customDate);
  if (!date) ctx.addIssue({ code: "custom", path: ["customDate"], message: M.customDateRequired });
  else if (endOfDay(date).getTime() <= now.getTime()) {
    ctx.addIssue({ code: "custom", path: ["customDate"], message: M.customDateInPast });
  } else if (endOfDay(date).getTime() > latestExpiry(now, rule.maxDays).getTime()) {
    ctx.addIssue({ code: "custom", path: ["customDate"], message: M.customDateTooFar(rule.maxDays) });
  }
}

// Runs the expiry check even when another field failed, so one submit reports every wrong
// field (zod skips object refinements after a failed field by default). The expiration
// must have parsed; the custom date is checked only if it is text.
const expiryCheck = {
  when: (payload: core.ParsePayload): boolean =>
    !payload.issues.some((issue) => issue.path?.[0] === "expiration") &&
    typeof payload.value === "object" &&
    payload.value !== null &&
    "expiration" in payload.value &&
    typeof payload.value.expiration === "string",
};

// Create. The rule is the caller's (expiryRuleFor): what it may choose depends on its role.
export function tokenFieldsSchema(rule: ExpiryRule, now: Date = new Date()) {
  return z
    .object({
      ...fields,
      apiVersionId: idField(M.versionRequired),
      ownerId: idField(M.ownerRequired),
      expiration: z.enum(EXPIRATION_CHOICES, { error: M.expirationRequired }),
    })
    .superRefine((input, ctx) => checkExpiry(input.expiration, input.customDate, rule, now, ctx), expiryCheck)
    .transform(({ customDate, ...input }) => ({
      ...input,
      expiresAt: expiresAtFrom(input.expiration, customDate, now),
    }));
}

// Edit: the version has its own action and the owner is fixed; expiresAt undefined means
// keep the current expiry.
export function tokenEditFieldsSchema(rule: ExpiryRule, now: Date = new Date()) {
  return z
    .object({
      ...fields,
      expiration: z.enum([...EXPIRATION_CHOICES, KEEP_EXPIRATION], { error: M.expirationRequired }),
    })
    .superRefine((input, ctx) => checkExpiry(input.expiration, input.customDate, rule, now, ctx), expiryCheck)
    .transform(({ customDate, ...input }) => ({
      ...input,
      expiresAt:
        input.expiration === KEEP_EXPIRATION ? undefined : expiresAtFrom(input.expiration, customDate, now),
    }));
}

// Duplicate: a new name, and the original's expiry unless another is chosen. expiresAt
// undefined means the original's, which the command checks against the same rule.
export function tokenDuplicateFieldsSchema(rule: ExpiryRule, now: Date = new Date()) {
  return z
    .object({
      name: tokenNameSchema,
      // Older forms send no expiration: they meant the original's.
      expiration: z.preprocess(
        (value) => (value === undefined || value === null || value === "" ? KEEP_EXPIRATION : value),
        z.enum([...EXPIRATION_CHOICES, KEEP_EXPIRATION], { error: M.expirationRequired }),
      ),
      customDate: fields.customDate,
    })
    .superRefine((input, ctx) => checkExpiry(input.expiration, input.customDate, rule, now, ctx), expiryCheck)
    .transform(({ name, expiration, customDate }) => ({
      name,
      expiresAt: expiration === KEEP_EXPIRATION ? undefined : expiresAtFrom(expiration, customDate, now),
    }));
}

export type TokenFields = z.output<ReturnType<typeof tokenFieldsSchema>>;
export type TokenEditFields = z.output<ReturnType<typeof tokenEditFieldsSchema>>;
