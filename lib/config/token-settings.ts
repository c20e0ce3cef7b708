import { z } from "zod";

// The longest lifetime anyone may give a token, administrators included: a custom date
// beyond it is a typo or an attempt to get a token that never expires in all but name.
export const ABSOLUTE_MAX_TOKEN_LIFETIME_DAYS = 3_650;

// Token rules an operator may tighten (README, "Configuration").
export const tokenSettingsShape = {
  // Longest lifetime a non-administrator may give a token, by preset, custom date or
  // duplicate. Administrators may also choose "No expiration".
  KEYWARD_MAX_TOKEN_LIFETIME_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(ABSOLUTE_MAX_TOKEN_LIFETIME_DAYS)
    .default(365),
};

export type TokenSettings = { maxLifetimeDays: number };

type Keys = keyof typeof tokenSettingsShape;

export const readTokenSettings = {
  // Unset and empty variables both mean "use the default".
  input(env: Record<string, string | undefined>): Record<Keys, string | undefined> {
    return { KEYWARD_MAX_TOKEN_LIFETIME_DAYS: env.KEYWARD_MAX_TOKEN_LIFETIME_DAYS || undefined };
  },
  output(parsed: { [K in Keys]: number }): TokenSettings {
    return { maxLifetimeDays: parsed.KEYWARD_MAX_TOKEN_LIFETIME_DAYS };
  },
};

export const tokenSettingsSchema = z.object(tokenSettingsShape);
