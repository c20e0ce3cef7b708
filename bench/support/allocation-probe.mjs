// Loaded into the measured server by `BENCH_PROFILE_KIND=allocation npm run bench:profile`,
// never by the product: V8's sampling heap profiler, counting objects the garbage collector
// has already freed too, so the profile is of every byte allocated, not of what stays. The
// first SIGUSR2 starts it; the second writes the profile to BENCH_ALLOCATION_FILE.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";

const file = process.env.BENCH_ALLOCATION_FILE;
if (file && /scripts\/start\.ts$|floor-server\.ts$/.test(process.argv[1] ?? "")) {
  const session = new Session();
  session.connect();
  let sampling = false;
  process.on("SIGUSR2", async () => {
    if (!sampling) {
      sampling = true;
      await session.post("HeapProfiler.enable");
      await session.post("HeapProfiler.startSampling", {
        samplingInterval: 1024,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
      return;
    }
    const { profile } = await session.post("HeapProfiler.stopSampling");
    writeFileSync(file, JSON.stringify(profile));
  });
}
