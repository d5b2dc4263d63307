import { describe, expect, it, vi } from 'vitest';
// The router reads the page's location when it loads.
vi.hoisted(() => Object.assign(globalThis, { location: { pathname: '/', search: '', origin: 'http://localhost' } }));
import { canWrite, ROLES } from '../../lib/entities';
import { listActions } from '../../lib/registry';

describe('schedules module', () => {
  it('offers "Add national holidays" on the holidays list to exactly the roles that write holidays', async () => {
    for (const role of ROLES) {
      expect(listActions('public-holidays', role).length, role).toBe(canWrite('public-holidays', role) ? 1 : 0);
    }
    expect(canWrite('public-holidays', 'director')).toBe(true);
    expect(canWrite('public-holidays', 'rep')).toBe(false);
    expect(listActions('public-holidays', undefined)).toEqual([]);
    expect(listActions('leave-requests', 'director')).toEqual([]);
    expect(typeof (await listActions('public-holidays', 'admin')[0].load()).default).toBe('function');
  });
});
