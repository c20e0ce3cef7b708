// The token page's usage section (lib/usage): what it says, in one place.
export const USAGE = {
  heading: "Usage",
  intro: "Verifications of this token by the gateway check and introspection, per day (UTC).",
  chartHeading: "Last 30 days",
  successful: "Successful",
  refused: "Refused",
  tableCaption: "Verifications per day over the last 30 days (days without any are left out)",
  day: "Day",
  reasons: "Refusal reasons",
  total: "Last 30 days",
  nothing: "No verifications in the last 30 days.",
  totals: (successes: number, refusals: number) =>
    `${successes.toLocaleString("en-GB")} successful and ${refusals.toLocaleString("en-GB")} refused verifications in the last 30 days.`,
  reasonCount: (label: string, count: number) => `${label}: ${count.toLocaleString("en-GB")}`,
  lastUsedFrom: (when: string, ip: string) => `${when} from ${ip}`,
  addressesHeading: "Recent client addresses",
  addressesIntro:
    "The last 10 distinct addresses that presented this token with its right secret, refused or not.",
  address: "Address",
  firstSeen: "First seen",
  lastSeen: "Last seen",
  noAddresses: "No client has presented this token yet.",
} as const;
