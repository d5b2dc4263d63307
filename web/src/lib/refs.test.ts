import { describe, expect, it, vi } from 'vitest';

const get = vi.fn((path: string) => Promise.resolve({ data: { id: Number(path.split('/').pop()), version: 1, name: `Account ${path.split('/').pop()}` }, etag: null }));
vi.mock('./api/client', () => ({ api: { get }, listRecords: vi.fn() }));

const { refLabel, resolveRefs } = await import('./refs');

describe('names of referenced records', () => {
  it('reads a record once when several screens ask for it at the same time', async () => {
    await Promise.all([resolveRefs('accounts', [7, 8]), resolveRefs('accounts', [8, 9]), resolveRefs('accounts', [7])]);
    expect(get.mock.calls.map((c) => c[0]).sort()).toEqual(['/api/v1/accounts/7', '/api/v1/accounts/8', '/api/v1/accounts/9']);
    expect(refLabel('accounts', 8)).toBe('Account 8');
    await resolveRefs('accounts', [7, 8, 9]);  // cached: no more reads
    expect(get).toHaveBeenCalledTimes(3);
  });
});
