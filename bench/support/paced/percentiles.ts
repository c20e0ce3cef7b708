export type Percentiles = { p50: number; p90: number; p99: number; p999: number; max: number };

// Nearest-rank percentiles, in ms rounded to hundredths.
export function percentiles(values: Float64Array): Percentiles {
  const sorted = values.slice().sort();
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    p50: round(at(0.5)),
    p90: round(at(0.9)),
    p99: round(at(0.99)),
    p999: round(at(0.999)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}
