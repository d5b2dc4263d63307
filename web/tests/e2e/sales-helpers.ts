// Finding demo data for the negotiation-desk tests through the API (director token or a
// person's own session): priced lines, rules by name.
import { expect, type APIRequestContext } from '@playwright/test';
import { apiJson, companyToday } from './fixtures';

type Page<T> = { items: T[]; total: number };
// The simulator's line is the engine's explanation: price, winner and candidates at the top level.
export type SimLine = {
  unit_price?: string; engine_unit_price?: string; priced?: boolean;
  winner_rule_id?: number | null; candidates?: Array<{ rule_id: number; outcome: string }>;
};

export async function simulate(api: APIRequestContext, body: Record<string, unknown>): Promise<{ status: number; line?: SimLine }> {
  const res = await api.post('/api/v1/pricing/simulate', { data: body });
  if (res.status() !== 200) return { status: res.status() };
  return { status: 200, line: ((await res.json()) as { line: SimLine }).line };
}

/** Products that have a list price somewhere (from the price lists' items), unique, in order. */
export async function listedProducts(api: APIRequestContext, limit = 40): Promise<number[]> {
  const items = await apiJson<Page<{ product_id: number }>>(api, `/api/v1/price-list-items?limit=${limit}&sort=id`);
  return [...new Set(items.items.map((i) => i.product_id))];
}

/**
 * The first (account, product) whose simulated line on `date` satisfies `ok` (default: priced
 * with a unit price above 0). `accounts` are tried in order, each with every listed product.
 */
export async function findLine(
  api: APIRequestContext, accounts: number[], date: string, ok: (l: SimLine) => boolean = (l) => l.priced !== false && Number(l.unit_price ?? 0) > 0,
  quantity = '10',
): Promise<{ account_id: number; product_id: number; line: SimLine }> {
  const products = await listedProducts(api);
  expect(products.length, 'the demo has price-list items').toBeGreaterThan(0);
  for (const account_id of accounts) {
    for (const product_id of products) {
      const r = await simulate(api, { account_id, product_id, quantity, date });
      if (r.line && ok(r.line)) return { account_id, product_id, line: r.line };
    }
  }
  throw new Error(`no (account, product) found among ${accounts.length} accounts and ${products.length} products`);
}

export async function ruleByName(api: APIRequestContext, name: string): Promise<{ id: number; name: string }> {
  const page = await apiJson<Page<{ id: number; name: string }>>(api, '/api/v1/pricing-rules?limit=500&sort=id');
  const rule = page.items.find((r) => r.name === name);
  expect(rule, `pricing rule "${name}" in the demo`).toBeTruthy();
  return rule!;
}

type Doc = { quote: { id: number; version: number } };

// A confirmed order of 3 pieces of one product through the quote workflow, for the first of
// `accounts` (ids, or a query of /accounts; default the first five) with a priced line today. Returns the order as confirmed
// (billing may have put it on credit hold).
export async function confirmedOrder(api: APIRequestContext, accounts: number[] | string = 'limit=5&sort=id'): Promise<number> {
  const today = companyToday();
  const ids = Array.isArray(accounts) ? accounts : (await apiJson<{ items: Array<{ id: number }> }>(api, `/api/v1/accounts?${accounts}`)).items.map((a) => a.id);
  const { account_id, product_id } = await findLine(api, ids, today);
  const sim = await api.post('/api/v1/pricing/simulate', { data: { account_id, product_id, quantity: '3', date: today } });
  const { price_list_id } = (await sim.json()) as { price_list_id: number };
  const res = await api.post('/api/v1/quotes', { data: { account_id, price_list_id, lines: [{ product_id, quantity: '3' }] } });
  expect(res.status(), await res.text()).toBe(201);
  let doc = (await res.json()) as Doc;
  const id = doc.quote.id;
  for (const action of ['submit', 'send', 'accept']) {
    const r = await api.post(`/api/v1/quotes/${id}/${action}`, { headers: { 'If-Match': `"${doc.quote.version}"` } });
    expect(r.status(), `${action}: ${await r.text()}`).toBe(200);
    doc = (await r.json()) as Doc;
  }
  const converted = await api.post(`/api/v1/quotes/${id}/convert`, { headers: { 'If-Match': `"${doc.quote.version}"` } });
  expect(converted.status(), await converted.text()).toBe(201);
  const order = (await converted.json()) as { id: number };
  const confirmed = await api.post(`/api/v1/sales-orders/${order.id}/confirm`, { data: {} });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
  return order.id;
}
