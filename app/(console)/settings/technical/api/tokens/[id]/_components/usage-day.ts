// A UTC day ("2026-11-23") as the instant it starts, for the date formatters.
export const dayStart = (isoDay: string) => `${isoDay}T00:00:00Z`;
