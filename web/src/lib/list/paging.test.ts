import { describe, expect, it } from 'vitest';
import { back, firstRow, forward, range, type Trail } from './paging';

const first: Trail = { after: null, before: [] };
const page = (n: number, next: string | null, total?: number) =>
  ({ items: Array.from({ length: n }), has_more: next !== null, next, total });

describe('keyset paging of the list screens', () => {
  it('goes forward by the next cursor and back through the cursors seen', () => {
    const second = forward(first, page(25, 'c1'))!;
    expect(second).toEqual({ after: 'c1', before: [null] });
    const third = forward(second, page(25, 'c2'))!;
    expect(third).toEqual({ after: 'c2', before: [null, 'c1'] });
    expect(back(third)).toEqual(second);
    expect(back(second)).toEqual(first);
    expect(back(first)).toEqual(first);
  });

  it('has no next page on the last one', () => {
    expect(forward(first, page(3, null))).toBeNull();
    expect(forward(first, { items: [], has_more: true, next: null })).toBeNull();
  });

  it('numbers the rows from the pages before, or not at all after a reload', () => {
    expect(firstRow(first, 25, 0)).toBe(0);
    expect(firstRow(first, 25, 50)).toBe(50);
    expect(firstRow({ after: 'c2', before: [null, 'c1'] }, 25, 0)).toBe(50);
    expect(firstRow({ after: 'c2', before: [] }, 25, 0)).toBeNull();
  });

  it('knows the total when counted or on the last page, and not before', () => {
    expect(range(page(25, 'c1'), 0)).toEqual({ from: 1, to: 25, total: null });
    expect(range(page(25, 'c1', 80), 0)).toEqual({ from: 1, to: 25, total: 80 });
    expect(range(page(5, null), 75)).toEqual({ from: 76, to: 80, total: 80 });
    expect(range(page(0, null), 0)).toEqual({ from: 0, to: 0, total: 0 });
  });
});
