// Split credit on an order (decisions 0045, 0065): the director gives a specialist a 20 % overlay
// on top of the owner's 100 % in the order's "Credit split" card; the revenue total stays 100 %
// and the overlay is stored as such. The invoice copies the split and shows it read-only once
// posted. The arithmetic of the shares is the API scenarios' (commissions_test.cpp).
import { test, expect, apiJson, expectNoSeriousA11yViolations, signInApi, userId } from './fixtures';
import { postedInvoice } from './o2c-helpers';
import { confirmedOrder } from './sales-helpers';

type Share = { user_id: number; share_bp: number; kind: string };

test('an overlay share comes on top of the owner and the invoice copies it', async ({ page, api }) => {
  const order = await confirmedOrder(api, 'currency=EUR&limit=5&sort=id');
  const specialist = await userId(api, 'senior1');
  await signInApi(page, 'director', `/sales-orders/${order}`);
  const card = page.getByTestId('credit-split');
  await expect(card.getByTestId('credit-split-owner')).toBeVisible();

  // The owner's 100 %, then the specialist as a revenue share: 120 % is refused before saving.
  await card.getByTestId('credit-split-add').click();
  await card.getByTestId('credit-split-add').click();
  const rows = card.getByTestId('credit-split-row');
  await expect(rows).toHaveCount(2);
  const second = rows.nth(1);
  await second.locator('select').first().selectOption(String(specialist));
  await second.getByRole('textbox').fill('20');
  await expect(card.getByTestId('credit-split-total')).toHaveText('120.00 %');
  await expect(card.getByTestId('credit-split-save')).toBeDisabled();

  // As an overlay it is not in the total, and the split saves.
  await second.getByTestId('credit-split-kind').locator('select').selectOption('overlay');
  await expect(card.getByTestId('credit-split-total')).toHaveText('100.00 %');
  await expect(card.getByTestId('credit-split-overlay-hint')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'credit split with an overlay');
  await card.getByTestId('credit-split-save').click();
  await expect(card.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const stored = await apiJson<{ items: Share[] }>(api, `/api/v1/sales-order-credit-splits?sales_order_id=${order}&sort=position`);
  expect(stored.items.map((s) => [s.share_bp, s.kind])).toEqual([[10000, 'revenue'], [2000, 'overlay']]);
  expect(stored.items[1].user_id).toBe(specialist);

  // The posted invoice carries the same split, read-only.
  const invoice = await postedInvoice(api, order);
  await page.goto(`/invoices/${invoice.id}`);
  const copy = page.getByTestId('credit-split');
  await expect(copy.getByTestId('credit-split-row')).toHaveCount(2);
  await expect(copy.getByTestId('credit-split-kind').nth(1)).toHaveText('Overlay');
  await expect(copy.getByTestId('credit-split-save')).toHaveCount(0);
});
