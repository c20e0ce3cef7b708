// How long a reset token's old secret keeps verifying (PRODUCT.md section 2, Reset).
export const GRACE_PERIODS = ["none", "1h", "24h", "7d"] as const;
export type GracePeriod = (typeof GRACE_PERIODS)[number];

const HOUR_MS = 60 * 60 * 1000;

export const GRACE_PERIOD_MS: Record<GracePeriod, number> = {
  none: 0,
  "1h": HOUR_MS,
  "24h": 24 * HOUR_MS,
  "7d": 7 * 24 * HOUR_MS,
};
