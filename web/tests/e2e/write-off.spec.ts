// Bad debt (decision 0056): finance writes off what a customer will never pay. Part of a posted
// invoice is paid; on the invoice's page the "Write off" dialog opens with the open principal
// prefilled, takes a reason, and afterwards the invoice owes nothing and shows what was written
// off (the route's roles are the API scenarios' and the access matrix's).
// From the same card, "Record a promise to pay" opens the promise form prefilled with the invoice.
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

test('from a posted invoice, finance records the customer\'s promise to pay what it still owes', async ({ page, api }) => {
  const invoice = await postedInvoice(api, await confirmedOrder(api, 'currency=EUR&limit=5&sort=-id'));
  const open = (await apiJson<{ open: Money }>(api, `/api/v1/invoices/${invoice.id}/open`)).open;
  expect(Number(open.amount)).toBeGreaterThan(0);
  const promised = new Date(Date.parse(`${companyToday()}T12:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);

  await signInApi(page, 'finance', `/invoices/${invoice.id}`);
  await page.getByTestId('invoice-open-card').getByTestId('promise-record').click();
  await expect(page).toHaveURL(new RegExp(`/payment-promises/new\\?invoice_id=${invoice.id}$`));
  // Prefilled: the invoice's customer, the invoice and what it still owes.
  await expect(page.getByTestId('field-account_id')).toHaveAttribute('data-value', String(invoice.account_id));
  await expect(page.getByTestId('field-invoice_id')).toHaveAttribute('data-value', String(invoice.id));
  // The amount in the reader's number format: compare its digits.
  await expect.poll(async () => (await page.getByTestId('field-amount').inputValue()).replace(/[^0-9]/g, '')).toBe(open.amount.replace(/[^0-9]/g, ''));
  await page.getByTestId('field-promised_on').fill(promised);
  await page.getByTestId('field-note').fill('Paying after the board meeting');
  await expectNoSeriousA11yViolations(page, 'promise form from an invoice');
  await page.getByTestId('record-save').click();
  await expect(page).toHaveURL(/\/payment-promises\/\d+$/);

  const id = Number(new URL(page.url()).pathname.split('/').pop());
  const p = await apiJson<{ account_id: number; invoice_id: number; amount: Money; promised_on: string; status: string }>(api, `/api/v1/payment-promises/${id}`);
  expect(p).toMatchObject({ account_id: invoice.account_id, invoice_id: invoice.id, amount: open, promised_on: promised, status: 'open' });
});
