// Credit holds (decision 0048): an order of a prepayment customer is confirmed on credit hold;
// finance sees it among the orders on hold, releases it with a reason on the order's page, and
// the hold banner goes.
import { test, expect, apiJson, signInApi } from './fixtures';
import { confirmedOrder } from './sales-helpers';

test('a prepayment customer\'s order is held until finance releases it', async ({ page, api }) => {
  const accounts = await apiJson<{ items: Array<{ id: number }> }>(api, '/api/v1/accounts?sales_method=prepayment&currency=EUR&limit=5&sort=id');
  const id = await confirmedOrder(api, accounts.items.map((a) => a.id));
  const order = await apiJson<{ credit_hold: string; credit_hold_reason: string }>(api, `/api/v1/sales-orders/${id}`);
  expect(order.credit_hold).toBe('held');
  expect(order.credit_hold_reason).toBe('prepayment');

  await signInApi(page, 'finance', '/credit-holds');
  await expect(page.getByTestId('credit-holds').locator(`a[href="/sales-orders/${id}"]`)).toBeVisible();
  await page.goto(`/sales-orders/${id}`);
  const banner = page.getByTestId('credit-hold-banner');
  await expect(banner).toBeVisible();
  await expect(banner.getByTestId('credit-hold-reason')).toContainText('Prepayment');
  await banner.getByTestId('credit-release-open').click();
  await banner.getByTestId('credit-release-reason').fill('Transfer confirmed by the bank by phone');
  await banner.getByTestId('credit-release-submit').click();
  await expect(page.getByTestId('credit-hold-banner')).toHaveCount(0);
  await expect(page.getByTestId('credit-hold-released')).toContainText('Transfer confirmed by the bank');
});
