// An English message that carries a value (a number of days, what the user typed). Commands
// call it like a function; the translating layer (lib/i18n/server-messages.ts) reads the
// values back out of the English text to say the same in the reader's language.
export type MessageValues = Record<string, string | number>;

export type ParameterizedMessage<A extends unknown[]> = ((...args: A) => string) & {
  read: (text: string) => MessageValues | undefined;
};

export function parameterized<A extends unknown[]>(
  format: (...args: A) => string,
  read: (text: string) => MessageValues | undefined,
): ParameterizedMessage<A> {
  return Object.assign(format, { read });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// "Choose a date within {days} days": one whole number, written in the English as it is.
export function withDays(template: `${string}{days}${string}`): ParameterizedMessage<[days: number]> {
  const [before = "", after = ""] = template.split("{days}");
  const pattern = new RegExp(`^${escape(before)}(\\d+)${escape(after)}$`);
  return parameterized(
    (days: number) => `${before}${days}${after}`,
    (text) => {
      const match = pattern.exec(text);
      return match ? { days: Number(match[1]) } : undefined;
    },
  );
}
