// The products of a deal (issue 12; lib/deal-lines.ts, components/DealLines.svelte): the pipeline
// module registers the card under a deal; a closed deal or a role that may not write deals reads
// it; saving PUTs every line to the deal's route with If-Match of the deal's version, and the page
// is told the deal as stored (its new amount) with its new ETag.
import { afterEach, describe, expect, it, vi } from 'vitest';
// The router (loaded with the deal's other cards) reads the page's location when it loads.
vi.hoisted(() => Object.assign(globalThis, { location: { pathname: '/', search: '', origin: 'http://localhost' } }));
import { render } from 'svelte/server';
import type { RecordData, Role } from '../../../lib/api/client';
import { ApiError } from '../../../lib/api/client';
import { recordExtensions } from '../../../lib/registry';
import { session } from '../../../lib/session.svelte';
import { setLocale } from '../../../lib/i18n/index.svelte';
import DealLines from '../components/DealLines.svelte';
import { linesBody, linesQuery, linesReadOnly, linesTotal, linesUrl, saveLines, toDrafts } from './deal-lines';

const openDeal: RecordData = { id: 41, version: 3, owner_id: 7, title: 'Pumps', closed_on: null, amount: { amount: '100.00', currency: 'EUR' } };
const wonDeal: RecordData = { ...openDeal, closed_on: '2026-11-30' };
const eur = (amount: string) => ({ amount, currency: 'EUR' });
const line = (id: number, product_id: number, quantity: string, unit: string, net: string): RecordData => ({
  id, version: 1, opportunity_id: 41, position: id, product_id, description: `P${product_id}`, quantity, unit: 'box',
  unit_price: unit, net: eur(net), price_list_id: 2, priced_on: '2026-12-05',
});

async function cardsOf(role: Role) {
  const found = [];
  for (const x of recordExtensions('opportunities', role)) {
    if ((await x.load()).default === DealLines) found.push(x);
  }
  return found;
}

function renderAs(role: Role, deal: RecordData) {
  session.user = { id: 1, name: 'Someone', email: 'someone@example.com', role };
  return render(DealLines, { props: { deal, etag: `"${deal.version}"` } }).body;
}

describe('the products of a deal', () => {
  afterEach(() => {
    session.user = null;
    vi.unstubAllGlobals();
    setLocale('en', false);
  });

  it('is a card under the deal\'s page, after its history and before its quotes, for every role that reads deals', async () => {
    for (const role of ['director', 'senior_manager', 'manager', 'rep', 'finance'] as Role[]) {
      const found = await cardsOf(role);
      expect(found, role).toHaveLength(1);
      const update = vi.fn();
      const props = found[0].props({ record: openDeal, etag: '"3"', update });
      expect(props).toMatchObject({ deal: openDeal, etag: '"3"' });
      // Saved lines hand the stored deal and its new ETag to the page, which shows the new amount.
      const stored = { ...openDeal, version: 4, amount: eur('246.00') };
      (props.onsaved as (d: RecordData, tag: string) => void)(stored, '"4"');
      expect(update).toHaveBeenCalledWith(stored, '"4"', 'pipeline.linesSaved');
    }
    const order = [];
    for (const x of recordExtensions('opportunities', 'rep')) order.push((await x.load()).default);
    const at = order.indexOf(DealLines);
    const history = (await import('../components/DealHistoryCard.svelte')).default;
    const quotes = (await import('../components/DealQuotes.svelte')).default;
    expect(order.indexOf(history)).toBeLessThan(at);
    expect(order.indexOf(quotes)).toBeGreaterThan(at);
  }, 30_000);

  it('reads the deal\'s lines in their order', () => {
    expect(linesQuery(41)).toEqual({ entity: 'opportunity-lines', params: 'opportunity_id=41&sort=position&limit=200' });
    expect(linesUrl(41)).toBe('/api/v1/opportunities/41/lines');
  });

  it('is editable by whoever may write deals while the deal is open', () => {
    for (const role of ['director', 'senior_manager', 'manager', 'rep'] as Role[]) {
      expect(linesReadOnly(openDeal, role), role).toBe(false);
      expect(linesReadOnly(wonDeal, role), `${role}, closed`).toBe(true);
    }
    for (const role of ['finance', 'logistics', 'admin'] as Role[]) expect(linesReadOnly(openDeal, role), role).toBe(true);
    expect(linesReadOnly(openDeal, undefined)).toBe(true);
  });

  it('shows no form on a closed deal or to a role that may not write deals', () => {
    const editable = renderAs('rep', openDeal);
    expect(editable).toContain('data-readonly="false"');
    expect(editable).toContain('data-testid="deal-lines-add"');
    expect(editable).toContain('data-testid="deal-lines-save"');
    expect(editable).toContain('Saving re-prices every line');

    for (const [role, deal] of [['rep', wonDeal], ['director', wonDeal], ['finance', openDeal]] as [Role, RecordData][]) {
      const body = renderAs(role, deal);
      expect(body, `${role} ${deal.closed_on ?? 'open'}`).toContain('data-readonly="true"');
      expect(body).not.toContain('data-testid="deal-lines-add"');
      expect(body).not.toContain('data-testid="deal-lines-save"');
    }
    expect(renderAs('director', wonDeal)).toContain('The deal is closed');
  });

  it('saves every line with a PUT to the deal\'s route, If-Match of the deal\'s version, and answers the stored deal and its ETag', async () => {
    const calls: { method: string; url: string; ifMatch: string | undefined; body: unknown }[] = [];
    const lines = [line(1, 5, '10', '12.30', '123.00'), line(2, 9, '2', '61.50', '123.00')];
    const opportunity = { ...openDeal, version: 4, amount: eur('246.00') };
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      const headers = init.headers as Record<string, string>;
      calls.push({ method: init.method ?? 'GET', url, ifMatch: headers['If-Match'], body: JSON.parse(String(init.body)) });
      return new Response(JSON.stringify({ lines, opportunity }), { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"4"' } });
    }));
    const rows = [{ product_id: '5', quantity: '10' }, { product_id: '9', quantity: '2', unit: 'box' }];
    expect(await saveLines(41, '"3"', rows)).toEqual({ lines, opportunity, etag: '"4"' });
    expect(calls).toEqual([{ method: 'PUT', url: '/api/v1/opportunities/41/lines', ifMatch: '"3"',
      body: { lines: [{ product_id: 5, quantity: '10' }, { product_id: 9, quantity: '2', unit: 'box' }] } }]);

    // A chosen price list goes with the lines; no lines remove them.
    await saveLines(41, '"4"', [], 2);
    expect(calls[1]).toMatchObject({ ifMatch: '"4"', body: { price_list_id: 2, lines: [] } });
  });

  it('passes the server\'s problem on, naming the line', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({
      status: 422, title: 'Invalid', detail: 'The quantity must be above zero.',
      errors: [{ field: 'lines[1].quantity', detail: 'The quantity must be above zero.' }],
    }), { status: 422, headers: { 'Content-Type': 'application/problem+json' } })));
    const e = await saveLines(41, '"3"', [{ product_id: '5', quantity: '1' }, { product_id: '9', quantity: '0' }]).catch((x) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).fieldErrors['lines[1].quantity']).toContain('above zero');
  });

  it('sends an empty row as it is, so the server names it', () => {
    expect(linesBody([{ product_id: '', quantity: ' 3 ' }])).toEqual({ lines: [{ product_id: null, quantity: '3' }] });
  });

  it('turns stored lines into the form\'s rows', () => {
    expect(toDrafts([line(1, 5, '10', '12.30', '123.00')])).toEqual([{ product_id: '5', quantity: '10', unit: 'box' }]);
  });

  it('totals the lines\' net exactly, in their currency', () => {
    expect(linesTotal([line(1, 5, '10', '12.30', '123.00'), line(2, 9, '3', '0.10', '0.30')])).toEqual(eur('123.30'));
    // 0.1 + 0.2 in floating point is not 0.3; in minor units it is.
    expect(linesTotal([line(1, 5, '1', '0.10', '0.1'), line(2, 9, '1', '0.20', '0.2')])).toEqual(eur('0.30'));
    expect(linesTotal([{ ...line(1, 5, '1', '1', '1'), net: { amount: '1500', currency: 'JPY' } }])).toEqual({ amount: '1500', currency: 'JPY' });
    expect(linesTotal([])).toBeNull();
    expect(linesTotal([line(1, 5, '1', '1', '1.00'), { ...line(2, 9, '1', '1', '1'), net: { amount: '1.00', currency: 'USD' } }])).toBeNull();
  });
});
