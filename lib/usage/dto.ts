import type { CountedRefusal } from "./outcomes";

// What the token page's usage section shows. Days are UTC dates (YYYY-MM-DD), oldest first.
export type UsageDay = {
  day: string;
  successes: number;
  refusals: number;
  // Refusals by reason; a reason that did not occur that day is absent.
  byReason: Partial<Record<CountedRefusal, number>>;
};

export type ClientAddressDto = { address: string; firstSeenAt: string; lastSeenAt: string };

export type TokenUsageDto = { days: UsageDay[]; addresses: ClientAddressDto[] };

// What a token card shows of its usage.
export type CardUsageDto = {
  trend: { day: string; successes: number; refusals: number }[];
  // Not used for 90 days (or never, and created more than 90 days ago), and not revoked.
  unused: boolean;
};
