import { describe, expect, it } from "vitest";
import { pageRange } from "./page-range";

describe("the rows a pager says a page holds", () => {
  it("counts the first page from row 1", () => {
    expect(pageRange({ page: 1, pageSize: 20, total: 45 })).toEqual({ first: 1, last: 20, pages: 3 });
  });

  it("ends the last, partial page at the last row", () => {
    expect(pageRange({ page: 3, pageSize: 20, total: 45 })).toEqual({ first: 41, last: 45, pages: 3 });
  });

  it("ends a full last page on a page boundary, with no empty page after it", () => {
    expect(pageRange({ page: 2, pageSize: 20, total: 40 })).toEqual({ first: 21, last: 40, pages: 2 });
  });

  it("shows nothing on one empty page", () => {
    expect(pageRange({ page: 1, pageSize: 20, total: 0 })).toEqual({ first: 0, last: 0, pages: 1 });
  });
});
