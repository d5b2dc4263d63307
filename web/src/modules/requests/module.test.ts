import { describe, expect, it, vi } from 'vitest';
// The router reads the page's location when it loads.
vi.hoisted(() => Object.assign(globalThis, { location: { pathname: '/', search: '', origin: 'http://localhost' } }));
import { canRead, canWrite, ENTITIES, ROLES } from '../../lib/entities';
import { navFor, prefillFor, recordExtensions, recordOverviews } from '../../lib/registry';
import { requests } from './module';

const day = (role: (typeof ROLES)[number]) => navFor(role).flatMap((g) => g.items.map((i) => i.id));

describe('requests module', () => {
  it('lists customer requests in the seller\'s day for the sellers and finance, not for admins and logistics', () => {
    for (const role of ['rep', 'manager', 'senior_manager', 'director', 'finance'] as const) {
      expect(day(role), role).toContain('customer-requests');
    }
    expect(navFor('rep').find((g) => g.label === 'nav.group.day')?.items.map((i) => i.id)).toContain('customer-requests');
    expect(day('admin')).not.toContain('customer-requests');
    expect(day('logistics')).not.toContain('customer-requests');
  });

  it('lets the sellers write requests and finance only read them (the contract\'s roles)', () => {
    for (const role of ['rep', 'manager', 'senior_manager', 'director'] as const) expect(canWrite('customer-requests', role), role).toBe(true);
    expect(canRead('customer-requests', 'finance')).toBe(true);
    expect(canWrite('customer-requests', 'finance')).toBe(false);
    expect(canRead('customer-requests', 'admin')).toBe(false);
    expect(canRead('customer-requests', 'logistics')).toBe(false);
  });

  it('shows the server\'s SLA fields read-only and the required ones required, newest first', () => {
    const e = ENTITIES['customer-requests'];
    const field = (n: string) => e.fields.find((f) => f.name === n);
    expect(e.defaultSort).toBe('-received_at');
    for (const n of ['due_at', 'status', 'answered_on_time']) expect(field(n)?.readOnly, n).toBe(true);
    expect(field('account_id')).toMatchObject({ kind: 'ref', ref: 'accounts', required: true });
    expect(field('contact_id')).toMatchObject({ kind: 'ref', ref: 'contacts' });
    expect(field('subject')?.required).toBe(true);
    expect(field('kind')).toMatchObject({ kind: 'enum', required: true, options: ['quote', 'information', 'sample', 'complaint', 'service', 'other'] });
    expect(field('received_at')?.kind).toBe('datetime');
    expect(e.title({ id: 3, subject: 'Samples of nitrile gloves' })).toBe('Samples of nitrile gloves');
    expect(e.title({ id: 3 })).toBe('#3');
  });

  it('puts "Answer" on a request\'s page and hands the answered record back to the page', async () => {
    const [x] = recordExtensions('customer-requests', 'rep').filter((r) => requests.recordExtensions!.includes(r));
    expect(x).toBeDefined();
    const update = vi.fn();
    const props = x.props({ record: { id: 7, version: 2, status: 'open' }, etag: '"2"', update });
    expect(props).toMatchObject({ request: { id: 7 }, etag: '"2"' });
    (props.onanswered as (r: unknown, tag: string) => void)({ id: 7, version: 3, status: 'answered' }, '"3"');
    expect(update).toHaveBeenCalledWith({ id: 7, version: 3, status: 'answered' }, '"3"', 'request.answeredNotice');
    expect(typeof (await x.load()).default).toBe('function');
  });

  it('lists an account\'s open requests on its Overview for roles that may read them, and opens a new one for the account', async () => {
    const ours = (role: (typeof ROLES)[number]) => recordOverviews('accounts', role).filter((x) => requests.recordOverviews!.includes(x));
    expect(ours('rep')).toHaveLength(1);
    expect(ours('finance')).toHaveLength(1);
    expect(ours('admin')).toHaveLength(0);
    expect(ours('logistics')).toHaveLength(0);
    const [x] = ours('rep');
    expect(x.props({ record: { id: 12, version: 1 }, etag: '"1"', update: () => {} })).toEqual({ accountId: 12 });
    // Before the account's timeline (the activities module's, order 90).
    const order = recordOverviews('accounts', 'rep').map((o) => o.order ?? 50);
    expect(order.indexOf(80)).toBeLessThan(order.indexOf(90));
    expect(typeof (await x.load()).default).toBe('function');
    expect(await prefillFor('customer-requests', new URLSearchParams('account_id=12'))).toEqual({ account_id: 12 });
  });
});
