import { setImmediate as nextTurn } from "node:timers/promises";

// Reads every key in pages along an index, giving the event loop a turn between pages: on
// SQLite each page is a synchronous read, and reading 100,000 ids in one go held every
// verification for 160–650 ms once a minute.
export async function readInPages(
  readPage: (after: string, size: number) => Promise<string[]>,
  size: number,
): Promise<string[]> {
  const keys: string[] = [];
  for (let after = ""; ;) {
    const page = await readPage(after, size);
    keys.push(...page);
    const last = page.at(-1);
    if (last === undefined || page.length < size) return keys;
    after = last;
    await nextTurn();
  }
}
