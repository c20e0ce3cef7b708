// The running verification service lives on globalThis: scripts/start.ts creates it, and
// the console's server actions run inside Next's bundle, which has its own copies of every
// module. A global slot is the one place both see.
export const VERIFICATION_RUNTIME_SLOT = Symbol.for("keyward.verification.runtime");

type WithCache = { cache: { invalidateAll(): void } };

export function runtimeSlot(): { [VERIFICATION_RUNTIME_SLOT]?: WithCache } {
  return globalThis as { [VERIFICATION_RUNTIME_SLOT]?: WithCache };
}

// Called after every committed lifecycle change (auditedTransaction). Dropping every cached
// record is exact and cheap: writes are rare, and the next verifications reload.
export function dropCachedTokenRecords(): void {
  runtimeSlot()[VERIFICATION_RUNTIME_SLOT]?.cache.invalidateAll();
}
