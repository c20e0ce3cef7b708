// A secret with its last character changed. Appending a fixed letter instead would, once in
// every alphabet's worth of secrets, rebuild the real secret and make a refusal test flaky.
export function mistype(secret: string): string {
  return `${secret.slice(0, -1)}${secret.endsWith("x") ? "y" : "x"}`;
}
