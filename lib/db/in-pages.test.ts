import { describe, expect, it } from "vitest";
import { deleteInPages, readInPages } from "./in-pages";

const KEYS = Array.from({ length: 7 }, (_, i) => `k${i}`);
const readPage = (reads: string[]) => async (after: string, size: number) => {
  reads.push(after);
  return KEYS.filter((key) => key > after).slice(0, size);
};

describe("readInPages", () => {
  it("reads every key once, in order, a page at a time", async () => {
    const reads: string[] = [];
    const pages: (readonly string[])[] = [];
    await readInPages(readPage(reads), 3, (page) => pages.push(page));
    expect(pages).toEqual([KEYS.slice(0, 3), KEYS.slice(3, 6), KEYS.slice(6)]);
    expect(reads).toEqual(["", "k2", "k5"]);
  });

  it("lets the event loop run between pages, so requests waiting on it are answered", async () => {
    const reads: string[] = [];
    const answered: number[] = [];
    setImmediate(() => answered.push(reads.length));
    await readInPages(readPage(reads), 3, () => {});
    expect(answered).toEqual([1]);
  });
});

describe("deleteInPages", () => {
  const deletePage = (rows: { left: number }, calls: number[]) => async (size: number) => {
    calls.push(rows.left);
    const count = Math.min(size, rows.left);
    rows.left -= count;
    return count;
  };

  it("deletes until a page comes back short, and counts every row", async () => {
    const rows = { left: 7 };
    const calls: number[] = [];
    expect(await deleteInPages(deletePage(rows, calls), 3)).toBe(7);
    expect(calls).toEqual([7, 4, 1]);
    expect(rows.left).toBe(0);
  });

  it("lets the event loop run between pages", async () => {
    const calls: number[] = [];
    const answered: number[] = [];
    setImmediate(() => answered.push(calls.length));
    await deleteInPages(deletePage({ left: 7 }, calls), 3);
    expect(answered).toEqual([1]);
  });
});
