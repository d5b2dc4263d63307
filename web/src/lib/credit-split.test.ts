// The credit split editor serves orders, invoices and deals (src/components/CreditSplitEditor.svelte,
// src/lib/credit-split.ts): the pipeline module registers it under a deal, a closed deal or a role
// that may not write deals reads it, and saving a deal's split PUTs to the deal's route.
import { afterEach, describe, expect, it, vi } from 'vitest';
// The router (loaded with the deal's other cards) reads the page's location when it loads.
vi.hoisted(() => Object.assign(globalThis, { location: { pathname: '/', search: '', origin: 'http://localhost' } }));
import { render } from 'svelte/server';
import type { RecordData, Role } from './api/client';
import { fromBp, saveSplit, splitReadOnly, splitRowsQuery, toBp } from './credit-split';
import { recordExtensions } from './registry';
import { session } from './session.svelte';
import { setLocale } from './i18n/index.svelte';
import CreditSplitEditor from '../components/CreditSplitEditor.svelte';

const openDeal: RecordData = { id: 41, version: 3, owner_id: 7, title: 'Pumps', closed_on: null };
const wonDeal: RecordData = { ...openDeal, closed_on: '2026-11-30' };
const context = (record: RecordData) => ({ record, etag: '"3"', update: () => {} });

async function editorsOf(entity: 'opportunities' | 'sales-orders' | 'invoices', role: Role) {
  const found = [];
  for (const x of recordExtensions(entity, role)) {
    if ((await x.load()).default === CreditSplitEditor) found.push(x);
  }
  return found;
}

function renderAs(role: Role, record: RecordData, props: Record<string, unknown> = {}) {
  session.user = { id: 1, name: 'Someone', email: 'someone@example.com', role };
  return render(CreditSplitEditor, { props: { document: 'opportunities', record, ...props } }).body;
}

describe('the credit split of a deal', () => {
  afterEach(() => {
    session.user = null;
    vi.unstubAllGlobals();
    setLocale('en', false);
  });

  it('is registered under the deal\'s page, as under the order and the invoice', async () => {
    for (const role of ['director', 'senior_manager', 'manager', 'rep', 'finance'] as Role[]) {
      const found = await editorsOf('opportunities', role);
      expect(found, role).toHaveLength(1);
      expect(found[0].props(context(openDeal))).toMatchObject({ document: 'opportunities', record: openDeal, note: 'pipeline.creditSplitNote' });
      expect(found[0].props(context(wonDeal))).toMatchObject({ note: 'pipeline.creditSplitClosed' });
    }
    expect((await editorsOf('sales-orders', 'director'))[0].props(context(openDeal))).toMatchObject({ document: 'sales-orders' });
    expect((await editorsOf('invoices', 'finance'))[0].props(context(openDeal))).toMatchObject({ document: 'invoices' });
  }, 30_000);

  it('reads its rows by the deal', () => {
    expect(splitRowsQuery('opportunities', 41)).toEqual({ entity: 'opportunity-credit-splits', params: 'opportunity_id=41&sort=position&limit=100' });
    expect(splitRowsQuery('sales-orders', 5).entity).toBe('sales-order-credit-splits');
    expect(splitRowsQuery('invoices', 6).params).toBe('invoice_id=6&sort=position&limit=100');
  });

  it('is editable by whoever may write deals while the deal is open', () => {
    for (const role of ['director', 'senior_manager', 'manager', 'rep'] as Role[]) {
      expect(splitReadOnly('opportunities', openDeal, role), role).toBe(false);
      expect(splitReadOnly('opportunities', wonDeal, role), `${role}, closed`).toBe(true);
    }
    for (const role of ['finance', 'logistics', 'admin'] as Role[]) expect(splitReadOnly('opportunities', openDeal, role), role).toBe(true);
    expect(splitReadOnly('opportunities', openDeal, undefined)).toBe(true);
    // Orders and invoices keep their rules.
    expect(splitReadOnly('sales-orders', { id: 1, version: 1 }, 'rep')).toBe(false);
    expect(splitReadOnly('sales-orders', { id: 1, version: 1 }, 'finance')).toBe(true);
    expect(splitReadOnly('invoices', { id: 1, version: 1, status: 'draft' }, 'finance')).toBe(false);
    expect(splitReadOnly('invoices', { id: 1, version: 1, status: 'posted' }, 'director')).toBe(true);
    expect(splitReadOnly('invoices', { id: 1, version: 1, status: 'draft' }, 'manager')).toBe(true);
  });

  it('shows no form on a closed deal or to a role that may not write deals', () => {
    const editable = renderAs('manager', openDeal, { note: 'pipeline.creditSplitNote' });
    expect(editable).toContain('data-readonly="false"');
    expect(editable).toContain('data-testid="credit-split-add"');
    expect(editable).toContain('data-testid="credit-split-save"');
    expect(editable).toContain("decides each rep's forecast");

    for (const [role, deal] of [['manager', wonDeal], ['director', wonDeal], ['finance', openDeal]] as [Role, RecordData][]) {
      const body = renderAs(role, deal);
      expect(body, `${role} ${deal.closed_on ?? 'open'}`).toContain('data-readonly="true"');
      expect(body).not.toContain('data-testid="credit-split-add"');
      expect(body).not.toContain('data-testid="credit-split-save"');
    }
    expect(renderAs('director', wonDeal, { note: 'pipeline.creditSplitClosed' })).toContain('The deal is closed');
  });

  it('saves the deal\'s split with a PUT to the deal\'s route and answers the stored rows', async () => {
    const calls: { method: string; url: string; body: unknown }[] = [];
    const stored = [{ id: 1, version: 1, opportunity_id: 41, position: 1, user_id: 7, share_bp: 5000, kind: 'revenue' },
      { id: 2, version: 1, opportunity_id: 41, position: 2, user_id: 9, share_bp: 5000, kind: 'revenue' }];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ method: init.method ?? 'GET', url, body: JSON.parse(String(init.body)) });
      return new Response(JSON.stringify({ credit_splits: stored }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }));
    const shares = [{ user_id: 7, share_bp: 5000, kind: 'revenue' as const }, { user_id: 9, share_bp: 5000, kind: 'revenue' as const }];
    expect(await saveSplit('opportunities', 41, shares)).toEqual(stored);
    expect(calls).toEqual([{ method: 'PUT', url: '/api/v1/opportunities/41/credit-splits', body: { credit_splits: shares } }]);
  });

  it('turns percent into basis points exactly and back', () => {
    expect(toBp('50')).toBe(5000);
    expect(toBp('33,34')).toBe(3334);
    expect(toBp('12.5')).toBe(1250);
    expect(toBp('1.234')).toBeNull();
    expect(toBp('abc')).toBeNull();
    expect(fromBp(3334)).toBe('33.34');
    expect(fromBp(10000)).toBe('100.00');
  });
});
