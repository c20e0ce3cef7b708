// The production server runs its TypeScript through tsx, which turns Node's source maps on
// for the whole process. Node then reads and keeps the source map of every module it loads,
// Next.js's compiled server chunks included: about 25 MB of heap that only improves stack
// traces. Loaded after tsx, this turns them off again (npm run dev keeps them).
process.setSourceMapsEnabled(false);
