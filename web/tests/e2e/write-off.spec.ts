// Bad debt (decision 0056): finance writes off what a customer will never pay. Part of a posted
// invoice is paid; on the invoice's page the "Write off" dialog opens with the open principal
// prefilled, takes a reason, and afterwards the invoice owes nothing and shows what was written
// off (the route's roles are the API scenarios' and the access matrix's).
import { test, expect, apiJson, companyToday, expectNoSeriousA11yViolations, signInApi } from './fixtures';
import { postedInvoice } from './o2c-helpers';
import { confirmedOrder } from './sales-helpers';

type Money = { amount: string; currency: string };

test('finance writes off the rest of a posted invoice and it shows open 0', async ({ page, api }) => {
  const invoice = await postedInvoice(api, await confirmedOrder(api, 'currency=EUR&limit=5&sort=id'));
  const total = (invoice as unknown as { total: Money }).total.amount;
  const paid = await api.post('/api/v1/payments', {
    data: { account_id: invoice.account_id, invoice_id: invoice.id, paid_on: companyToday(), amount: { amount: '10.00', currency: 'EUR' } },
    headers: { 'Idempotency-Key': `e2e-wo-pay-${invoice.id}` },
  });
  expect(paid.status(), await paid.text()).toBe(201);
  const rest = ((Math.round(Number(total) * 100) - 1000) / 100).toFixed(2);

  await signInApi(page, 'finance', `/invoices/${invoice.id}`);
  const card = page.getByTestId('invoice-open-card');
  await expect(card.getByTestId('invoice-open')).toHaveAttribute('data-amount', rest);
  await card.getByTestId('write-off-open').click();
  const dialog = page.getByTestId('write-off-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('write-off-amount')).toHaveValue(rest);
  await expectNoSeriousA11yViolations(page, 'write-off dialog');
  await dialog.getByTestId('write-off-reason').fill('Customer insolvent');
  await dialog.getByTestId('write-off-submit').click();
  await expect(dialog).toBeHidden();
  await expect(card.getByTestId('invoice-open')).toHaveAttribute('data-amount', '0.00');
  await expect(card.getByTestId('invoice-written-off')).toHaveAttribute('data-amount', rest);
  await expect(card.getByTestId('write-off-open')).toHaveCount(0);

  const [w] = (await apiJson<{ items: { amount: Money; reason: string }[] }>(api, `/api/v1/invoice-write-offs?invoice_id=${invoice.id}`)).items;
  expect(w.amount).toEqual({ amount: rest, currency: 'EUR' });
  expect(w.reason).toBe('Customer insolvent');
});
