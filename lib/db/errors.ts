// Prisma reports a unique-constraint violation as P2002, whichever provider's client threw
// it (the SQLite and PostgreSQL clients have separate error classes, hence the shape test).
export function isUniqueConstraintError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
