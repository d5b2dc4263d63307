// Money coming in (issue 13): finance records payments in another currency on an invoice's page
// and reads what each settled and the realised FX (E-R6: payment base − relieved carrying base).
// A USD payment for a EUR invoice is converted at the payment day's rate; the invoice is in the
// base currency, so nothing is realised. A USD invoice dated months back and paid in full today
// books the difference between the two days' rates.
import { test, expect, apiJson, expectNoSeriousA11yViolations, signInApi, companyToday } from './fixtures';
import { postedInvoice } from './o2c-helpers';
import { confirmedOrder } from './sales-helpers';

type Money = { amount: string; currency: string };
type Payment = { id: number; amount: Money; settled: Money; relieved_base: Money; settlement_base: Money; realised_fx: Money };

const today = () => companyToday();

async function recordPayment(page: import('@playwright/test').Page, amount: string, currency: string) {
  const card = page.getByTestId('invoice-payments');
  await expect(card).toBeVisible();
  await card.getByTestId('payment-amount-input').fill(amount);
  await card.getByTestId('payment-currency-input').fill(currency);
  await card.getByTestId('payment-date-input').fill(today());
  await card.getByTestId('payment-record').click();
  await expect(card.getByTestId('payment-notice')).toBeVisible();
  return card.getByTestId('invoice-payment').last();
}

test('a USD payment for a EUR invoice is settled in euros at the day\'s rate', async ({ page, api }) => {
  const invoice = await postedInvoice(api, await confirmedOrder(api, 'currency=EUR&limit=5&sort=id'));
  expect(invoice.currency).toBe('EUR');
  await signInApi(page, 'finance', `/invoices/${invoice.id}`);
  const row = await recordPayment(page, '10.00', 'USD');
  await expect(row.getByTestId('payment-amount')).toContainText('10.00');

  const [p] = (await apiJson<{ items: Payment[] }>(api, `/api/v1/payments?invoice_id=${invoice.id}`)).items;
  expect(p.amount).toEqual({ amount: '10.00', currency: 'USD' });
  expect(p.settled.currency).toBe('EUR');
  expect(p.settled.amount).not.toBe('10.00');  // converted, never added across currencies
  await expect(row.getByTestId('payment-settled')).toContainText(p.settled.amount);
  // The invoice is in the base currency: its base is relieved at 1, nothing realised.
  expect(p.realised_fx).toEqual({ amount: '0.00', currency: 'EUR' });
  await expect(row.getByTestId('payment-fx')).toHaveAttribute('data-amount', '0.00');
  await expectNoSeriousA11yViolations(page, 'invoice with its payments');
});

test('a USD invoice paid at a later rate shows the realised FX gain or loss', async ({ page, api }) => {
  // Dated in the month three months back: the demo's rates move every month.
  const d = new Date();
  const back = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 3, 15)).toISOString().slice(0, 10);
  const invoice = await postedInvoice(api, await confirmedOrder(api, 'currency=USD&limit=5&sort=id'), back);
  expect(invoice.currency).toBe('USD');
  const total = (invoice as unknown as { total: Money }).total.amount;

  await signInApi(page, 'finance', `/invoices/${invoice.id}`);
  const row = await recordPayment(page, total, 'USD');
  const [p] = (await apiJson<{ items: Payment[] }>(api, `/api/v1/payments?invoice_id=${invoice.id}`)).items;
  // Paying it all relieves exactly its carrying base; the difference is the realised FX.
  const cents = (m: Money) => Math.round(Number(m.amount) * 100);
  expect(cents(p.realised_fx)).toBe(cents(p.settlement_base) - cents(p.relieved_base));
  expect(cents(p.realised_fx), 'the rates of the two days differ').not.toBe(0);
  await expect(row.getByTestId('payment-fx')).toHaveAttribute('data-amount', p.realised_fx.amount);
  await expect(row.getByTestId('payment-fx')).toHaveClass(cents(p.realised_fx) > 0 ? /gain/ : /loss/);
  // Paid in full: the page has the invoice back, settled on the payment's day (decision 0081).
  await expect(page.getByTestId('field-settled_on')).toHaveValue(today());
});
