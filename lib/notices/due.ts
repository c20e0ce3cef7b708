// Which expiry notice a token is due, decided from its expiry alone, in UTC instants:
//   "seven_day" when it expires in more than 24 hours and at most 7 days: (now+24h, now+7d];
//   "same_day" when it expires within the next 24 hours: (now, now+24h].
// The two windows do not overlap, so a token created to expire within a day gets only the
// same-day notice, and a scheduler that was down for a week sends the one that still fits.
// An expired token (expiresAt <= now) or one without expiry is due none.
export const NOTICE_KINDS = ["seven_day", "same_day"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

const HOUR_MS = 60 * 60 * 1000;
export const SAME_DAY_MS = 24 * HOUR_MS;
export const SEVEN_DAY_MS = 7 * 24 * HOUR_MS;

export function dueNotice(expiresAt: Date | null, now: Date): NoticeKind | null {
  if (expiresAt === null) return null;
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0 || left > SEVEN_DAY_MS) return null;
  return left <= SAME_DAY_MS ? "same_day" : "seven_day";
}

// The expiries a scan at `now` must look at: every token that may be due a notice.
export function noticeWindow(now: Date): { gt: Date; lte: Date } {
  return { gt: now, lte: new Date(now.getTime() + SEVEN_DAY_MS) };
}
