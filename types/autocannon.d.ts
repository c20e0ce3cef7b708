// The part of autocannon's API the bench uses (the package ships no types).
declare module "autocannon" {
  type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number };
  export type AutocannonRequest = { method?: string; path?: string; headers?: Record<string, string> };
  export type AutocannonOptions = {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    requests?: { setupRequest?: (request: AutocannonRequest) => AutocannonRequest }[];
  };
  export type AutocannonResult = {
    requests: Histogram & { total: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    duration: number;
  };
  export default function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;
}
