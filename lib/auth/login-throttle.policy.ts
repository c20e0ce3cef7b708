// Growing delays after repeated failed sign-ins: the first few failures are free (typos
// happen), then each further failure doubles the wait, up to a cap. A client address gets
// more free failures than one email, since offices and proxies share addresses.
export const FREE_FAILURES = { email: 3, ip: 20 } as const;
export type ThrottleKind = keyof typeof FREE_FAILURES;
export const BASE_DELAY_MS = 5_000;
export const MAX_DELAY_MS = 15 * 60 * 1_000;

export function delayAfterFailures(failures: number, kind: ThrottleKind = "email"): number {
  const free = FREE_FAILURES[kind];
  if (failures < free) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** (failures - free), MAX_DELAY_MS);
}
