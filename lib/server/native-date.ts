// Next.js replaces the global Date with a wrapper that asks two AsyncLocalStorages, on every
// `new Date()` and `Date.now()`, whether a prerender is reading the clock: about 2 % of a
// cached verification's CPU (bench:profile). The verification endpoints render nothing, so
// they read the clock through the constructor kept here, captured by scripts/start.ts
// before Next.js loads. Imported first anywhere else, this holds whichever Date is current:
// the same answers, only not the shortcut.
const SLOT = Symbol.for("keyward.nativeDate");
const slot = globalThis as { [SLOT]?: DateConstructor };
slot[SLOT] ??= Date;

export const NativeDate: DateConstructor = slot[SLOT];
