import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listFetcher, moveActive, RefSearch, type RefFetcher, type RefPage } from './combobox.svelte';
import { refLabel } from './refs';

const opts = (n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ id: from + i, label: `Account ${from + i}` }));

describe('moveActive', () => {
  it('moves down and up within the options, from none to the first or last', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowDown')).toBe(1);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(2);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(1, 3, 'ArrowUp')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(0);
    expect(moveActive(0, 30, 'PageDown')).toBe(10);
    expect(moveActive(25, 30, 'PageDown')).toBe(29);
    expect(moveActive(5, 30, 'PageUp')).toBe(0);
  });
  it('has nothing to move to without options, and ignores other keys', () => {
    expect(moveActive(-1, 0, 'ArrowDown')).toBe(-1);
    expect(moveActive(0, 3, 'Enter')).toBeNull();
    expect(moveActive(0, 3, 'a')).toBeNull();
  });
});

describe('RefSearch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => { vi.useRealTimers(); vi.unstubAllGlobals(); });

  it('debounces typing: one request for the last query, after the delay', async () => {
    const calls: string[] = [];
    const s = new RefSearch(async (q) => { calls.push(q); return { items: opts(2), total: 2 }; }, { delay: 200 });
    void s.search('m');
    void s.search('mü');
    const done = s.search('  müller ');
    expect(calls).toEqual([]);
    expect(s.loading).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    await done;
    expect(calls).toEqual(['müller']);
    expect(s.query).toBe('müller');
    expect(s.options).toHaveLength(2);
    expect(s.active).toBe(0);
    expect(s.loading).toBe(false);
  });

  it('an answer arriving after the person moved with the keys keeps the option they moved to', async () => {
    const pending: Array<() => void> = [];
    const s = new RefSearch(() => new Promise((resolve) => pending.push(() => resolve({ items: opts(2), total: 2 }))), { delay: 250 });
    void s.search('praxi');
    await vi.advanceTimersByTimeAsync(250);  // a pause while typing: the prefix is searched
    const last = s.search('praxis');          // the last letter: its search waits for the delay
    pending[0]();                             // meanwhile the prefix's answer shows two options
    await vi.advanceTimersByTimeAsync(0);
    expect(s.options).toHaveLength(2);
    expect(s.active).toBe(0);
    s.move('ArrowDown');                      // the person moves to the second…
    expect(s.active).toBe(1);
    await vi.advanceTimersByTimeAsync(250);
    pending[1]();                             // …and the answer to the whole name arrives
    await last;
    expect(s.active).toBe(1);
    // Typing again makes the first match active.
    const typed = s.search('praxis n', true);
    pending[2]();
    await typed;
    expect(s.active).toBe(0);
  });

  it('keeps only the answer to the latest query, even when an older one arrives later', async () => {
    const pending: Array<(p: RefPage) => void> = [];
    const fetch: RefFetcher = (q) => new Promise((resolve) => pending.push((p) => resolve({ ...p, items: p.items.map((o) => ({ ...o, label: q })) })));
    const s = new RefSearch(fetch);
    void s.search('old', true);
    const latest = s.search('new', true);
    pending[1]({ items: opts(1), total: 1 });
    await latest;
    pending[0]({ items: opts(5), total: 5 });
    await Promise.resolve();
    expect(s.options.map((o) => o.label)).toEqual(['new']);
    expect(s.total).toBe(1);
  });

  it('pages: reaching the last option loads the next page of the same query', async () => {
    const calls: Array<[string, number, number]> = [];
    const s = new RefSearch(async (q, offset, limit) => {
      calls.push([q, offset, limit]);
      return { items: opts(Math.min(limit, 45 - offset), offset + 1), total: 45 };
    }, { pageSize: 20 });
    await s.search('a', true);
    expect(s.options).toHaveLength(20);
    expect(s.hasMore).toBe(true);
    for (let i = 0; i < 19; i++) s.move('ArrowDown');
    expect(s.active).toBe(19);
    await vi.runAllTimersAsync();
    expect(calls).toEqual([['a', 0, 20], ['a', 20, 20]]);
    expect(s.options).toHaveLength(40);
    await s.more();
    expect(s.options).toHaveLength(45);
    expect(s.hasMore).toBe(false);
    await s.more();
    expect(calls).toHaveLength(3);
    expect(s.options.at(-1)).toEqual({ id: 45, label: 'Account 45' });
  });

  it('a failed search leaves no options and says so', async () => {
    const s = new RefSearch(async () => { throw new Error('400'); });
    await s.search('x', true);
    expect(s.failed).toBe(true);
    expect(s.options).toEqual([]);
    expect(s.active).toBe(-1);
  });
});

describe('listFetcher', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks the list API with q=, the default sort, limit and offset and extra filters, and caches labels', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify({ items: [{ id: 612, version: 1, name: 'Zahnklinik Süd' }], total: 869, limit: 20, offset: 40 }), { status: 200 });
    }));
    const page = await listFetcher('accounts', () => 'owner_id=4')('zahn', 40, 20, new AbortController().signal);
    expect(urls).toEqual(['/api/v1/accounts?owner_id=4&q=zahn&sort=name&limit=20&offset=40']);
    expect(page).toEqual({ items: [{ id: 612, label: 'Zahnklinik Süd' }], total: 869 });
    expect(refLabel('accounts', 612)).toBe('Zahnklinik Süd');
  });
});
