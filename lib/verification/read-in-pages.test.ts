import { describe, expect, it } from "vitest";
import { readInPages } from "./read-in-pages";

const KEYS = Array.from({ length: 7 }, (_, i) => `k${i}`);
const readPage = (reads: string[]) => async (after: string, size: number) => {
  reads.push(after);
  return KEYS.filter((key) => key > after).slice(0, size);
};

describe("readInPages", () => {
  it("reads every key once, in order, a page at a time", async () => {
    const reads: string[] = [];
    expect(await readInPages(readPage(reads), 3)).toEqual(KEYS);
    expect(reads).toEqual(["", "k2", "k5"]);
  });

  it("lets the event loop run between pages, so requests waiting on it are answered", async () => {
    const reads: string[] = [];
    const answered: number[] = [];
    setImmediate(() => answered.push(reads.length));
    await readInPages(readPage(reads), 3);
    expect(answered).toEqual([1]);
  });
});
