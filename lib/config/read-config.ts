import path from "node:path";
import { z } from "zod";
import { auditKeySchema } from "./audit-key";
import { resolveDatabaseUrl } from "./database-url";
import {
  httpSettingsShape,
  readHttpSettings,
  RETIRED_TRUST_PROXY_MESSAGE,
  type HttpSettings,
} from "./http-settings";
import { SecretsFileError, serverActionsKeySchema, type LocalSecrets } from "./local-secrets";
import { readSignInSettings, signInSettingsShape, type SignInSettings } from "./sign-in-settings";
import { readStartSettings, startSettingsShape, type StartSettings } from "./start-settings";
import { readTokenSettings, tokenSettingsShape, type TokenSettings } from "./token-settings";
import { readWebhookSettings, webhookSettingsShape, type WebhookSettings } from "./webhook-settings";
import {
  readVerificationSettings,
  verificationSettingsShape,
  type VerificationSettings,
} from "./verification-settings";

type Env = Record<string, string | undefined>;

// Every variable the product reads, with its rule. Keys come from the environment or, on a
// single machine, from data/secrets.json (lib/config/local-secrets.ts).
const schema = z.object({
  DATABASE_URL: z
    .string()
    .max(4_096)
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/i.test(url), { message: "unknown scheme" })
    .describe("file:… (SQLite) or postgresql://… (PostgreSQL)"),
  KEYWARD_DATA_DIR: z.string().max(4_096).optional().describe("a directory path"),
  KEYWARD_TOKEN_HASH_KEY: z.string().min(32, "too short").describe("at least 32 characters"),
  NEXTAUTH_SECRET: z.string().min(32, "too short").describe("at least 32 characters"),
  KEYWARD_AUDIT_KEY: auditKeySchema.describe("at least 32 characters"),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: serverActionsKeySchema
    .optional()
    .describe("a base64 AES-256 key (32 random bytes), e.g. from `openssl rand -base64 32`"),
  KEYWARD_SESSION_MAX_AGE: z.coerce
    .number()
    .int()
    .min(300)
    .max(2_592_000)
    .default(8 * 60 * 60)
    .describe("seconds, an integer from 300 to 2592000"),
  KEYWARD_DEBUG_ENGINE: z.stringbool().default(false).describe("true or false"),
  KEYWARD_PG_ADMIN_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "not a postgresql:// URL" })
    .default("postgresql://postgres@127.0.0.1:5432/postgres")
    .describe("a postgresql:// URL of a role that may create databases"),
  ...startSettingsShape,
  ...verificationSettingsShape,
  ...signInSettingsShape,
  ...tokenSettingsShape,
  ...httpSettingsShape,
  ...webhookSettingsShape,
});

type Variable = keyof typeof schema.shape;

export type Config = {
  databaseUrl: string;
  dataDir: string;
  tokenHashKey: string;
  authSecret: string;
  auditKey: string;
  // Only the start command needs it (Next.js reads it); other processes may leave it unset.
  serverActionsKey: string | undefined;
  sessionMaxAgeSeconds: number;
  debugSchemaEngine: boolean;
  pgAdminUrl: string;
  start: StartSettings;
  http: HttpSettings;
  verification: VerificationSettings;
  signIn: SignInSettings;
  tokens: TokenSettings;
  webhooks: WebhookSettings;
};

// The keys every instance of one deployment must share.
export const SHARED_KEYS = [
  ["KEYWARD_TOKEN_HASH_KEY", "tokenHashKey"],
  ["NEXTAUTH_SECRET", "authSecret"],
  ["KEYWARD_AUDIT_KEY", "auditKey"],
  ["NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "serverActionsKey"],
] as const satisfies readonly (readonly [Variable, keyof LocalSecrets])[];

export type ConfigProblem = { variable: string; problem: string; expected?: string };

export function describeConfigProblems(problems: readonly ConfigProblem[]): string {
  const lines = problems.map(
    ({ variable, problem, expected }) =>
      `  - ${variable}: ${problem}${expected ? `. Expected: ${expected}.` : ""}`,
  );
  const count = problems.length === 1 ? "1 setting is" : `${problems.length} settings are`;
  return [`${count} invalid (see README, "Configuration"):`, ...lines].join("\n");
}

// Thrown with every problem at once, so one failed start shows all there is to fix.
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(describeConfigProblems(problems));
    this.name = "ConfigError";
  }
}

export type ReadOptions = {
  // "start": the start command, which also needs the server-actions key and refuses a
  // PostgreSQL deployment whose keys are partly generated on this machine. "process": any
  // process that uses the data layer. "tool": database tooling, which needs no key and must
  // never generate one.
  mode: "start" | "process";
  // Generates or reads data/secrets.json; called only when a needed key is not in the environment.
  localSecrets: () => LocalSecrets;
};

// What database tooling (migrate, new migration, audit:verify) reads.
export type ToolConfig = Pick<Config, "databaseUrl" | "dataDir" | "debugSchemaEngine" | "pgAdminUrl"> & {
  auditKey: string | undefined;
};

const KEY_NAMES = Object.fromEntries(SHARED_KEYS.map(([name]) => [name, true as const])) as {
  [K in (typeof SHARED_KEYS)[number][0]]: true;
};
// Keys are optional to the schema; which ones a process needs depends on its mode.
const partialSchema = schema.partial(KEY_NAMES);
type Parsed = z.infer<typeof partialSchema>;

type Mode = ReadOptions["mode"] | "tool";

function neededKeys(mode: Mode) {
  if (mode === "tool") return [];
  return SHARED_KEYS.filter(([name]) => mode === "start" || name !== "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY");
}

// Parses every variable at once and throws a ConfigError naming each bad one. Values are
// never echoed: some are secrets.
function parse(env: Env, options: { mode: Mode; localSecrets: () => LocalSecrets }): Parsed {
  const problems: ConfigProblem[] = [];
  const databaseUrl = resolveDatabaseUrl(env.DATABASE_URL);
  const needed = neededKeys(options.mode);
  const missing = needed.filter(([name]) => !env[name]);
  const fromEnv = needed.filter(([name]) => env[name]);

  if (env.KEYWARD_TRUST_PROXY !== undefined) {
    problems.push({
      variable: "KEYWARD_TRUST_PROXY",
      problem: RETIRED_TRUST_PROXY_MESSAGE.replace(/^KEYWARD_TRUST_PROXY /, ""),
    });
  }
  // A scale-out instance that generated some keys itself would sign sessions, hash tokens or
  // chain the audit log differently from its siblings: refuse instead of drifting apart.
  const postgres = /^postgres(ql)?:\/\//i.test(databaseUrl);
  if (options.mode === "start" && postgres && missing.length > 0 && fromEnv.length > 0) {
    for (const [name] of missing) {
      problems.push({
        variable: name,
        problem: `not set, while ${fromEnv.map(([set]) => set).join(", ")} ${fromEnv.length === 1 ? "is" : "are"}: on PostgreSQL every instance must share every key, so none is generated locally`,
        expected:
          'the same value on every instance (README, "Running on PostgreSQL, with several instances")',
      });
    }
  }

  let local: LocalSecrets | undefined;
  if (missing.length > 0 && problems.length === 0) {
    try {
      local = options.localSecrets();
    } catch (error) {
      if (!(error instanceof SecretsFileError)) throw error;
      problems.push({ variable: "data/secrets.json", problem: error.message });
    }
  }
  const key = (name: Variable, field: keyof LocalSecrets) =>
    env[name] || (needed.some(([n]) => n === name) ? local?.[field] : undefined);

  const parsed = partialSchema.safeParse({
    DATABASE_URL: databaseUrl,
    KEYWARD_DATA_DIR: env.KEYWARD_DATA_DIR || undefined,
    KEYWARD_TOKEN_HASH_KEY: key("KEYWARD_TOKEN_HASH_KEY", "tokenHashKey"),
    NEXTAUTH_SECRET: key("NEXTAUTH_SECRET", "authSecret"),
    KEYWARD_AUDIT_KEY: key("KEYWARD_AUDIT_KEY", "auditKey"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "serverActionsKey"),
    KEYWARD_SESSION_MAX_AGE: env.KEYWARD_SESSION_MAX_AGE || undefined,
    KEYWARD_DEBUG_ENGINE: env.KEYWARD_DEBUG_ENGINE || undefined,
    KEYWARD_PG_ADMIN_URL: env.KEYWARD_PG_ADMIN_URL || undefined,
    ...readStartSettings.input(env),
    ...readVerificationSettings.input(env),
    ...readSignInSettings.input(env),
    ...readTokenSettings.input(env),
    ...readHttpSettings.input(env),
    ...readWebhookSettings.input(env),
  });
  const shape: Record<string, z.ZodType> = schema.shape;
  const known = (variable: string) => problems.some((problem) => problem.variable === variable);
  for (const issue of parsed.error?.issues ?? []) {
    const variable = String(issue.path[0] ?? "configuration");
    if (known(variable)) continue;
    // Messages written for the variable start with its name; zod's own do not.
    const problem = issue.message.startsWith(`${variable} `)
      ? issue.message.slice(variable.length + 1)
      : issue.message;
    problems.push({ variable, problem, expected: shape[variable]?.description });
  }
  // A key is missing only when the secrets file could not supply it (problems listed above).
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  for (const [name] of needed) {
    if (parsed.data[name] === undefined) problems.push({ variable: name, problem: "not set" });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return parsed.data;
}

export function readConfig(env: Env, options: ReadOptions): Config {
  const data = parse(env, options);
  return {
    ...toolPart(data),
    tokenHashKey: data.KEYWARD_TOKEN_HASH_KEY ?? "",
    authSecret: data.NEXTAUTH_SECRET ?? "",
    auditKey: data.KEYWARD_AUDIT_KEY ?? "",
    serverActionsKey: data.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
    sessionMaxAgeSeconds: data.KEYWARD_SESSION_MAX_AGE,
    start: readStartSettings.output(data),
    http: readHttpSettings.output(data),
    verification: readVerificationSettings.output(data),
    signIn: readSignInSettings.output(data),
    tokens: readTokenSettings.output(data),
    webhooks: readWebhookSettings.output(data),
  };
}

export function readToolConfig(env: Env): ToolConfig {
  const data = parse(env, {
    mode: "tool",
    localSecrets: () => {
      throw new Error("database tooling never generates keys");
    },
  });
  return { ...toolPart(data), auditKey: data.KEYWARD_AUDIT_KEY };
}

function toolPart(data: Parsed) {
  return {
    databaseUrl: data.DATABASE_URL,
    dataDir: path.resolve(data.KEYWARD_DATA_DIR ?? path.join(process.cwd(), "data")),
    debugSchemaEngine: data.KEYWARD_DEBUG_ENGINE,
    pgAdminUrl: data.KEYWARD_PG_ADMIN_URL,
  };
}
