// The deliveries module: the director delivers part of a confirmed order from its page (one
// of its three pieces), changes the draft to two pieces with a tracking number, ships it, gets
// its delivery note as PDF and invoices the delivery; the order then shows those two delivered
// and the third still open.
import { test, expect, expectNoSeriousA11yViolations, signInApi } from './fixtures';
import { confirmedOrder } from './sales-helpers';

test('deliver part of an order, invoice it, see the open quantity', async ({ page, api }) => {
  // The demo's confirmed orders are invoiced as ordered already: a new one of 3 pieces.
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
  // The draft changes before it ships: 2 pieces instead of 1, a tracking number.
  await page.getByTestId('delivery-draft-quantity').first().fill('2');
  await page.getByTestId('delivery-draft-tracking').fill('JD0146');
  await page.getByTestId('delivery-save').click();
  await expect(page.getByTestId('delivery-draft-tracking')).toHaveValue('JD0146');
  await expectNoSeriousA11yViolations(page, 'draft delivery');
  await page.getByTestId('delivery-ship').click();
  await expect(page.getByTestId('delivery-ship')).toHaveCount(0);
  // The delivery note for the consignee: a PDF.
  const pdf = await page.request.get((await page.getByTestId('delivery-pdf').getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  await page.getByTestId('delivery-invoice').click();
  await expect(page.getByTestId('delivery-invoice-link')).toBeVisible();

  await page.goto(`/sales-orders/${order!.sales_order_id}`);
  const again = page.getByTestId('order-deliveries').getByTestId('delivery-progress-line').first();
  await expect(again.getByTestId('delivery-open')).toHaveText(String(before - 2));
});
