import "server-only";
import { loadOrCreateLocalSecrets } from "./local-secrets";
import { readConfig, readToolConfig, type Config, type ToolConfig } from "./read-config";

export type { Config, ToolConfig } from "./read-config";

// Configuration is parsed once per process, here (rules in lib/config/read-config.ts; every
// variable is listed in the README's configuration table). The start command parses first
// and Next.js's server bundle, a separate module graph in the same process, reuses its
// result through this slot instead of parsing again.
const slot = globalThis as unknown as { keywardConfig?: Config; keywardToolConfig?: ToolConfig };

export function config(): Config {
  slot.keywardConfig ??= readConfig(process.env, { mode: "process", localSecrets: loadOrCreateLocalSecrets });
  return slot.keywardConfig;
}

// For `npm start`: also needs the server-actions key, and refuses keys that are partly
// generated on a PostgreSQL deployment. Throws a ConfigError listing every bad variable.
export function startConfig(): Config {
  slot.keywardConfig = readConfig(process.env, { mode: "start", localSecrets: loadOrCreateLocalSecrets });
  return slot.keywardConfig;
}

// For database tooling (migrations, audit:verify): no key is needed, and none is generated.
export function toolConfig(): ToolConfig {
  const full = slot.keywardConfig;
  slot.keywardToolConfig ??= full ? { ...full, auditKey: full.auditKey } : readToolConfig(process.env);
  return slot.keywardToolConfig;
}
