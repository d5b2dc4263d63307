import { describe, expect, it, vi } from 'vitest';

const name = (id: number) => ({ id, version: 1, name: `Account ${id}` });
const get = vi.fn((path: string) => Promise.resolve({ data: name(Number(path.split('/').pop())), etag: null }));
const listRecords = vi.fn((_entity: string, query: string) => {
  const ids = new URLSearchParams(query).get('id__in')!.split(',').map(Number);
  // The server lists only what the caller may see: 13 is hidden from this one.
  return Promise.resolve({ items: ids.filter((id) => id !== 13).map(name), total: null });
});
vi.mock('./api/client', () => ({ api: { get }, listRecords }));

const { refLabel, resolveRefs } = await import('./refs');

describe('names of referenced records', () => {
  it('reads several ids in one list request, each once when several screens ask at the same time', async () => {
    await Promise.all([resolveRefs('accounts', [7, 8]), resolveRefs('accounts', [8, 9]), resolveRefs('accounts', [7])]);
    // [7, 8] in one list read; then 9 alone (8 is under way) by its own read; 7 is under way.
    expect(listRecords.mock.calls.map((c) => c[1])).toEqual(['id__in=7,8&limit=2']);
    expect(get.mock.calls.map((c) => c[0])).toEqual(['/api/v1/accounts/9']);
    expect(refLabel('accounts', 8)).toBe('Account 8');
    expect(refLabel('accounts', 9)).toBe('Account 9');
    await resolveRefs('accounts', [7, 8, 9]);  // cached: no more reads
    expect(listRecords).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('leaves what the caller may not see unnamed', async () => {
    await resolveRefs('accounts', [12, 13]);
    expect(refLabel('accounts', 12)).toBe('Account 12');
    expect(refLabel('accounts', 13)).toBe('#13');
  });
});
