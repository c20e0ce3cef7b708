// What a pager says about the page shown: its first and last row, counted from 1 (both 0
// when there is none), and how many pages there are (at least one, the empty one).
export function pageRange({ page, pageSize, total }: { page: number; pageSize: number; total: number }): {
  first: number;
  last: number;
  pages: number;
} {
  return {
    first: total === 0 ? 0 : (page - 1) * pageSize + 1,
    last: Math.min(total, page * pageSize),
    pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}
