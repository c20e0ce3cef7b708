import { setImmediate as nextTurn } from "node:timers/promises";

// Work along an index in pages, giving the event loop a turn between pages: on SQLite each
// statement is synchronous, and one read or delete of 100,000 rows held every verification
// behind it for hundreds of milliseconds.

// Reads every key, in key order, handing each page to onPage as it arrives: nothing holds
// the whole list, so 100,000 keys read once a minute are young garbage by the next page
// rather than survivors the garbage collector copies (a 10 ms pause in bench:paced).
// Reading 100,000 known ids in one go held verification for 160–650 ms once a minute.
export async function readInPages(
  readPage: (after: string, size: number) => Promise<string[]>,
  size: number,
  onPage: (keys: readonly string[]) => void,
): Promise<void> {
  for (let after = ""; ;) {
    const page = await readPage(after, size);
    onPage(page);
    const last = page.at(-1);
    if (last === undefined || page.length < size) return;
    after = last;
    await nextTurn();
  }
}

// Deletes at most size rows a statement until a statement deletes fewer; returns how many
// went in all.
export async function deleteInPages(
  deletePage: (size: number) => Promise<number>,
  size: number,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const count = await deletePage(size);
    deleted += count;
    if (count < size) return deleted;
    await nextTurn();
  }
}
