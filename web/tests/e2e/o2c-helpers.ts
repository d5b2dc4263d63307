// Order-to-cash data for the browser tests, made through the API (director token): a posted
// invoice of an order (the order itself: sales-helpers' confirmedOrder).
import { expect, type APIRequestContext } from '@playwright/test';
import { apiJson } from './fixtures';

/** The order's invoice, dated `invoiceDate` (default today), posted. */
export async function postedInvoice(api: APIRequestContext, orderId: number, invoiceDate?: string): Promise<{ id: number; currency: string; account_id: number }> {
  // Another spec's approved dunning run may hold the customer's new orders (decision 0048): these
  // tests are about invoicing, so the director releases such a hold first.
  const order = await apiJson<{ credit_hold?: string | null }>(api, `/api/v1/sales-orders/${orderId}`);
  if (order.credit_hold === 'held') {
    const released = await api.post(`/api/v1/sales-orders/${orderId}/credit-release`, { data: { reason: 'e2e: invoicing test' } });
    expect(released.status(), await released.text()).toBe(200);
  }
  const draft = await api.post('/api/v1/invoices', { data: { sales_order_id: orderId, ...(invoiceDate ? { invoice_date: invoiceDate } : {}) }, headers: { 'Idempotency-Key': `e2e-inv-${orderId}` } });
  expect(draft.status(), await draft.text()).toBe(201);
  const d = (await draft.json()) as { id: number; version: number };
  const posted = await api.post(`/api/v1/invoices/${d.id}/post`, { headers: { 'If-Match': `"${d.version}"` } });
  expect(posted.status(), await posted.text()).toBe(200);
  return (await posted.json()) as { id: number; currency: string; account_id: number };
}
