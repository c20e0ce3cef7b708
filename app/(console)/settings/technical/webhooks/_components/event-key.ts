type Underscored<S extends string> = S extends `${infer A}.${infer B}` ? `${A}_${B}` : S;

// Catalog keys cannot hold dots (next-intl reads them as nesting): "token.revoked" is
// described under "token_revoked".
export function eventKey<T extends string>(type: T): Underscored<T> {
  return type.replace(".", "_") as Underscored<T>;
}
