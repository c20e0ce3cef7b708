// Reads a V8 .cpuprofile (node --cpu-prof) into self-time shares per function and per area
// of the code, for `npm run bench:profile`.
export type CpuProfile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
  endTime: number;
};

type Share = { name: string; share: number };

const AREAS: [name: string, test: (url: string) => boolean][] = [
  ["Keyward (lib/, scripts/)", (url) => /\/(lib|scripts)\//.test(url) && !url.includes("node_modules")],
  ["Next.js", (url) => url.includes("node_modules/next/")],
  ["other packages", (url) => url.includes("node_modules/")],
  ["Node built-ins (http, net, crypto, streams…)", (url) => url.startsWith("node:")],
  ["V8 / native (garbage collection, program)", (url) => url === ""],
];

export function areaOf(url: string): string {
  return AREAS.find(([, test]) => test(url))?.[0] ?? "other";
}

export function summariseProfile(
  profile: CpuProfile,
  root: string,
  windowSeconds: number,
  // When the window ends, on the profile's clock (µs of CLOCK_MONOTONIC, which
  // process.hrtime reads too): the end of the load, so the server's shutdown (its last flush)
  // stays out. The profile's end by default.
  windowEndUs = profile.endTime,
): { busyMs: number; areas: Share[]; functions: (Share & { location: string })[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  // Only the samples of the last windowSeconds (the measured load, which ends just before
  // the stop), and not the idle ones: the shares are of the work done under load.
  const times: number[] = [];
  let at = profile.endTime - profile.timeDeltas.reduce((sum, delta) => sum + delta, 0);
  for (const delta of profile.timeDeltas) times.push((at += delta));
  const from = windowEndUs - windowSeconds * 1e6;
  const selfSamples = new Map<number, number>();
  let total = 0;
  let busyUs = 0;
  profile.samples.forEach((id, index) => {
    const time = times[index] ?? 0;
    if (time < from || time > windowEndUs || byId.get(id)?.functionName === "(idle)") return;
    selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
    total++;
    busyUs += profile.timeDeltas[index] ?? 0;
  });
  total ||= 1;
  const areas = new Map<string, number>();
  const functions = new Map<string, { name: string; location: string; samples: number }>();
  for (const [id, samples] of selfSamples) {
    const frame = byId.get(id);
    if (!frame) continue;
    const url = frame.url.replace(`file://${root}/`, "");
    areas.set(areaOf(frame.url), (areas.get(areaOf(frame.url)) ?? 0) + samples);
    const name = frame.functionName || "(anonymous)";
    const location = url ? `${url}:${frame.lineNumber + 1}` : "";
    const key = `${name} ${location}`;
    const entry = functions.get(key) ?? { name, location, samples: 0 };
    entry.samples += samples;
    functions.set(key, entry);
  }
  const share = (samples: number) => (100 * samples) / total;
  return {
    busyMs: busyUs / 1_000,
    areas: [...areas]
      .map(([name, samples]) => ({ name, share: share(samples) }))
      .sort((a, b) => b.share - a.share),
    functions: [...functions.values()]
      .map((fn) => ({ name: fn.name, location: fn.location, share: share(fn.samples) }))
      .sort((a, b) => b.share - a.share),
  };
}
