// Order-to-cash data for the browser tests, made through the API (director token): a confirmed
// order of 3 pieces through the quote workflow, and a posted invoice of one.
import { expect, type APIRequestContext } from '@playwright/test';
import { apiJson } from './fixtures';
import { findLine } from './sales-helpers';

type Doc = { quote: { id: number; version: number } };

// A confirmed order of 3 pieces of one product, through the quote workflow (the demo's confirmed
// orders are invoiced as ordered already).
export async function confirmedOrder(api: APIRequestContext, accountQuery = 'limit=5&sort=id'): Promise<number> {
  const today = new Date().toISOString().slice(0, 10);
  const accounts = (await apiJson<{ items: Array<{ id: number }> }>(api, `/api/v1/accounts?${accountQuery}`)).items.map((a) => a.id);
  const { account_id, product_id } = await findLine(api, accounts, today);
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

/** The order's invoice, dated `invoiceDate` (default today), posted. */
export async function postedInvoice(api: APIRequestContext, orderId: number, invoiceDate?: string): Promise<{ id: number; currency: string; account_id: number }> {
  const draft = await api.post('/api/v1/invoices', { data: { sales_order_id: orderId, ...(invoiceDate ? { invoice_date: invoiceDate } : {}) }, headers: { 'Idempotency-Key': `e2e-inv-${orderId}` } });
  expect(draft.status(), await draft.text()).toBe(201);
  const d = (await draft.json()) as { id: number; version: number };
  const posted = await api.post(`/api/v1/invoices/${d.id}/post`, { headers: { 'If-Match': `"${d.version}"` } });
  expect(posted.status(), await posted.text()).toBe(200);
  return (await posted.json()) as { id: number; currency: string; account_id: number };
}
