// The deliveries module: the director delivers part of a confirmed order from its page (one
// of its three pieces), ships it and invoices the delivery; the order then shows that
// piece delivered and the rest still open.
import { test, expect, signInApi } from './fixtures';
import { confirmedOrder } from './o2c-helpers';

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
