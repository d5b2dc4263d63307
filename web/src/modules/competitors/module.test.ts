import { describe, expect, it, vi } from 'vitest';
// The router reads the page's location when it loads.
vi.hoisted(() => Object.assign(globalThis, { location: { pathname: '/', search: '', origin: 'http://localhost' } }));
import { canRead, canWrite, ENTITIES, ROLES } from '../../lib/entities';
import { defaultsFor, navFor, prefillFor, recordExtensions } from '../../lib/registry';
import { competitors } from './module';

const market = (role: (typeof ROLES)[number]) => navFor(role).find((g) => g.label === 'nav.group.market')?.items.map((i) => i.id) ?? [];

describe('competitors module', () => {
  it('shows the market to the sellers and finance, not to admins and logistics', () => {
    for (const role of ['rep', 'manager', 'senior_manager', 'director', 'finance'] as const) {
      expect(market(role), role).toEqual(['competitors', 'competitor-products']);
    }
    expect(market('admin')).toEqual([]);
    expect(market('logistics')).toEqual([]);
  });

  it('lets the sellers record prices seen and finance only read them', () => {
    for (const e of ['competitors', 'competitor-products'] as const) {
      expect(canWrite(e, 'rep')).toBe(true);
      expect(canRead(e, 'finance')).toBe(true);
      expect(canWrite(e, 'finance')).toBe(false);
      expect(canRead(e, 'admin')).toBe(false);
    }
  });

  it('puts the prices seen on a competitor\'s page and on a product\'s page, only for roles that may read them', async () => {
    const ours = (entity: 'products' | 'competitors', role: (typeof ROLES)[number]) =>
      recordExtensions(entity, role).filter((x) => competitors.recordExtensions!.includes(x));
    expect(ours('products', 'rep')).toHaveLength(1);
    expect(ours('products', 'finance')).toHaveLength(1);
    expect(ours('products', 'logistics')).toHaveLength(0);
    expect(ours('products', 'admin')).toHaveLength(0);
    expect(ours('competitors', 'rep')).toHaveLength(1);
    const [x] = ours('products', 'rep');
    expect(x.props({ record: { id: 9, version: 1 }, etag: '"1"', update: () => {} })).toEqual({ by: 'product', parentId: 9 });
    expect(typeof (await x.load()).default).toBe('function');
  });

  it('lists prices newest first and opens a new one dated today in euros', async () => {
    expect(ENTITIES['competitor-products'].defaultSort).toBe('-seen_on');
    expect(ENTITIES['competitor-products'].fields.find((f) => f.name === 'price_seen')?.kind).toBe('money');
    expect(ENTITIES['competitor-products'].fields.find((f) => f.name === 'competitor_id')).toMatchObject({ kind: 'ref', ref: 'competitors', required: true });
    expect(defaultsFor('competitor-products')).toEqual({ price_seen: { amount: '', currency: 'EUR' } });
    expect(defaultsFor('competitors')).toEqual({ active: true });
    expect((await prefillFor('competitor-products', new URLSearchParams())).seen_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
