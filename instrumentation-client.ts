// Runs in the browser before the console's own code (Next.js's instrumentation-client hook).
// The first time zod parses an object it probes for eval with `new Function("")`; under the
// console's Content-Security-Policy (lib/http/security-headers.ts: no eval) the browser
// refuses the probe and reports it as a violation. jitless skips the probe, and the compiled
// fast path it would have enabled, which the console's few small forms do not need.
import { config } from "zod/v4/core";

config({ jitless: true });
