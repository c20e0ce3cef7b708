// Keyward's own Node processes (scripts/start.ts under tsx, setup and seed scripts) are
// server code by definition, so the `server-only` marker resolves to its empty variant there.
// The compiled production start resolves it the same way when compiled
// (scripts/start/compile-start.mjs). Next.js bundles keep their own handling of the marker.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") {
    return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
  }
  return nextResolve(specifier, context);
}
