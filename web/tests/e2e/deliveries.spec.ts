// The deliveries module: the director delivers part of a confirmed order from its page (one
// of its three pieces), ships it and invoices the delivery; the order then shows that
// piece delivered and the rest still open.
import { test, expect, apiJson, signInApi } from './fixtures';
import { findLine } from './sales-helpers';

type Doc = { quote: { id: number; version: number } };

// A confirmed order of 3 pieces of one product, through the quote workflow (the demo's confirmed
// orders are invoiced as ordered already).
async function confirmedOrder(api: import('@playwright/test').APIRequestContext): Promise<number> {
  const today = new Date().toISOString().slice(0, 10);
  const accounts = (await apiJson<{ items: Array<{ id: number }> }>(api, '/api/v1/accounts?limit=5&sort=id')).items.map((a) => a.id);
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

test('deliver part of an order, invoice it, see the open quantity', async ({ page, api }) => {
  const id = await confirmedOrder(api);
  const order = { sales_order_id: id };
  const before = 3;

  await signInApi(page, 'director', `/sales-orders/${order!.sales_order_id}`);
  const card = page.getByTestId('order-deliveries');
  await expect(card).toBeVisible();
  const inputs = card.getByTestId('delivery-quantity');
  const n = await inputs.count();
  for (let i = 0; i < n; i++) if (await inputs.nth(i).isEnabled()) await inputs.nth(i).fill('0');
  const rows = card.getByTestId('delivery-progress-line');
  const row = rows.first();  // the order has one line
  await row.getByTestId('delivery-quantity').fill('1');
  await card.getByTestId('delivery-carrier').fill('DHL Express');
  await card.getByTestId('delivery-deliver').click();
  await expect(row.getByTestId('delivery-open')).toHaveText(String(before - 1));

  await card.getByTestId('delivery-list').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/deliveries\/\d+$/);
  await page.getByTestId('delivery-ship').click();
  await page.getByTestId('delivery-invoice').click();
  await expect(page.getByTestId('delivery-invoice-link')).toBeVisible();

  await page.goto(`/sales-orders/${order!.sales_order_id}`);
  const again = page.getByTestId('order-deliveries').getByTestId('delivery-progress-line').first();
  await expect(again.getByTestId('delivery-open')).toHaveText(String(before - 1));
});
