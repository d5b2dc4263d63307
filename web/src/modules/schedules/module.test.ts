import { describe, expect, it, vi } from 'vitest';
// The router reads the page's location when it loads.
vi.hoisted(() => Object.assign(globalThis, { location: { pathname: '/', search: '', origin: 'http://localhost' } }));
import { canWrite, ROLES } from '../../lib/entities';
import { listActions, recordExtensions } from '../../lib/registry';
import { schedules } from './module';

// Loading a component compiles it on first import: seconds on a busy two-core machine.
const LOADS = { timeout: 30_000 };

describe('schedules module', () => {
  it('offers "Add national holidays" on the holidays list to exactly the roles that write holidays', LOADS, async () => {
    for (const role of ROLES) {
      expect(listActions('public-holidays', role).length, role).toBe(canWrite('public-holidays', role) ? 1 : 0);
    }
    expect(canWrite('public-holidays', 'director')).toBe(true);
    expect(canWrite('public-holidays', 'rep')).toBe(false);
    expect(listActions('public-holidays', undefined)).toEqual([]);
    expect(listActions('leave-requests', 'director')).toEqual([]);
    expect(typeof (await listActions('public-holidays', 'admin')[0].load()).default).toBe('function');
  });

  it('puts the leave decision on a leave request', LOADS, async () => {
    const ours = recordExtensions('leave-requests', 'manager').filter((x) => schedules.recordExtensions!.includes(x));
    expect(ours).toHaveLength(1);
    const update = () => {};
    expect(ours[0].props({ record: { id: 4, version: 2 }, etag: '"2"', update })).toEqual({ leave: { id: 4, version: 2 }, etag: '"2"', onchange: update });
    expect(typeof (await ours[0].load()).default).toBe('function');
  });
});
