// Order-to-cash data for the browser tests, made through the API (director token): a posted
// invoice of an order (the order itself: sales-helpers' confirmedOrder).
import { expect, type APIRequestContext } from '@playwright/test';
import { apiJson } from './fixtures';

/** The order's invoice, dated `invoiceDate` (default today), posted. */
export async function postedInvoice(api: APIRequestContext, orderId: number, invoiceDate?: string): Promise<{ id: number; currency: string; account_id: number }> {
  const draft = await api.post('/api/v1/invoices', { data: { sales_order_id: orderId, ...(invoiceDate ? { invoice_date: invoiceDate } : {}) }, headers: { 'Idempotency-Key': `e2e-inv-${orderId}` } });
  expect(draft.status(), await draft.text()).toBe(201);
  const d = (await draft.json()) as { id: number; version: number };
  const posted = await api.post(`/api/v1/invoices/${d.id}/post`, { headers: { 'If-Match': `"${d.version}"` } });
  expect(posted.status(), await posted.text()).toBe(200);
  return (await posted.json()) as { id: number; currency: string; account_id: number };
}
