import { describe, expect, it, vi } from 'vitest';
// The router reads the page's location when it loads.
vi.hoisted(() => Object.assign(globalThis, { location: { pathname: '/', search: '', origin: 'http://localhost' } }));
import { ROLES } from '../../lib/entities';
import { navFor, pageRoute } from '../../lib/registry';

const workspace = (role: (typeof ROLES)[number] | undefined) =>
  navFor(role).find((g) => g.label === 'nav.group.workspace')?.items.map((i) => i.id) ?? [];

describe('cockpit module', () => {
  it('puts "Team by month" beside the cockpit for those who have one, not for finance, admins and logistics', () => {
    for (const role of ['rep', 'manager', 'senior_manager', 'director'] as const) {
      expect(workspace(role), role).toEqual(expect.arrayContaining(['cockpit', 'team-by-month']));
    }
    for (const role of ['finance', 'admin', 'logistics', undefined] as const) {
      expect(workspace(role), String(role)).not.toContain('team-by-month');
    }
  });

  it('serves the matrix at its own path, guarded by its nav entry', () => {
    expect(pageRoute('/cockpit/matrix')?.route.nav).toBe('team-by-month');
    expect(pageRoute('/cockpit')?.route.nav).toBe('cockpit');
  });
});
