// Source maps stay off in the production server, whatever turned them on (tsx does, for the
// whole process; so does NODE_OPTIONS=--enable-source-maps). Node would read and keep the
// map, with its sources, of every module it loads, Next.js's compiled server chunks
// included: about 25 MB of heap that only improves stack traces. npm run dev keeps them.
process.setSourceMapsEnabled(false);
