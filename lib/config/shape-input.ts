// A settings shape's variables as read from the environment; unset and empty both mean
// "use the default".
export function shapeInput<K extends string>(
  shape: Record<K, unknown>,
  env: Record<string, string | undefined>,
): Record<K, string | undefined> {
  const keys = Object.keys(shape) as K[];
  return Object.fromEntries(keys.map((key) => [key, env[key] || undefined])) as Record<K, string | undefined>;
}
