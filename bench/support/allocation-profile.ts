import { areaOf } from "./cpu-profile";

// Reads V8's sampling heap profile (HeapProfiler.stopSampling) into the bytes allocated by
// each function and area of the code, for `BENCH_PROFILE_KIND=allocation npm run bench:profile`.
export type AllocationNode = {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: AllocationNode[];
};

type Bytes = { name: string; bytes: number };

export function summariseAllocations(
  head: AllocationNode,
  root: string,
): { totalBytes: number; areas: Bytes[]; functions: (Bytes & { location: string })[] } {
  const areas = new Map<string, number>();
  const functions = new Map<string, Bytes & { location: string }>();
  let totalBytes = 0;
  const visit = (node: AllocationNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    if (node.selfSize > 0) {
      totalBytes += node.selfSize;
      areas.set(areaOf(url), (areas.get(areaOf(url)) ?? 0) + node.selfSize);
      const location = url ? `${url.replace(`file://${root}/`, "")}:${lineNumber + 1}` : "";
      const name = functionName || "(anonymous)";
      const key = `${name} ${location}`;
      const entry = functions.get(key) ?? { name, location, bytes: 0 };
      entry.bytes += node.selfSize;
      functions.set(key, entry);
    }
    for (const child of node.children) visit(child);
  };
  visit(head);
  const sorted = <T extends Bytes>(items: Iterable<T>) => [...items].sort((a, b) => b.bytes - a.bytes);
  return {
    totalBytes,
    areas: sorted([...areas].map(([name, bytes]) => ({ name, bytes }))),
    functions: sorted(functions.values()),
  };
}
