// V8 keeps an object's properties either in a fixed layout its optimized code reads
// directly, or in a hash table ("dictionary mode") every read must search. A prototype that
// gains an inheritor (`class VerbatimString extends String`, in ioredis) is switched to the
// hash table, and switched back the first time an inline cache reads a property through it
// from an object. Methods of the primitives' prototypes are read from primitives ("x".slice),
// which never switches them back: once such a module is loaded, every string method call in
// the process — Node's own HTTP code included — searched String.prototype's table
// (perf record showed it as Builtins_LoadIC, about 1.7 µs of a verification).
const PRIMITIVE_PROTOTYPES: readonly object[] = [
  String.prototype,
  Number.prototype,
  Boolean.prototype,
  Symbol.prototype,
  BigInt.prototype,
];

// V8 gives a function its inline caches only after it has run for a while (lazy feedback
// allocation: a few dozen loop turns); a read before that switches nothing.
const READS = 1_000;

// Reads through each primitive prototype from an object, as V8 expects of a prototype it
// should make fast again. Call it after loading a module that subclasses a primitive.
export function restoreFastPrototypes(): void {
  for (const prototype of PRIMITIVE_PROTOTYPES) {
    const reader = Object.create(prototype) as { valueOf: unknown };
    for (let i = 0; i < READS; i++) {
      if (typeof reader.valueOf !== "function") throw new Error("a primitive prototype without valueOf");
    }
  }
}
