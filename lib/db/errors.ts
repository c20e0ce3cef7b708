// Prisma reports a unique-constraint violation as P2002, whichever provider's client threw
// it (the SQLite and PostgreSQL clients have separate error classes, hence the shape test).
export function isUniqueConstraintError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

// SQLite's "database is locked" (SQLITE_BUSY and its extended codes), as Prisma's driver
// adapter reports it. Several processes on one file (KEYWARD_PROCESSES) meet it when a
// transaction that read first tries to write while another process holds the write lock:
// SQLite answers at once rather than wait, since waiting could deadlock.
export function isSqliteBusyError(error: unknown): boolean {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)
    ?.meta;
  const code = meta?.driverAdapterError?.cause?.originalCode;
  if (typeof code === "string") return code.startsWith("SQLITE_BUSY");
  // A failed COMMIT or BEGIN may come without the adapter's detail; its message names it.
  return error instanceof Error && /\bSQLITE_BUSY|database is locked/.test(error.message);
}
