// Customer documents by e-mail: finance opens a posted invoice, downloads nothing yet, and
// e-mails it to the customer's contact (the server picks the address); a rep reads the PDF of
// their customer's invoice but has no "E-mail to customer" (finance sends customer documents).
import { test, expect, apiJson, signInApi } from './fixtures';

type Page<T> = { items: T[] };

test('finance e-mails a posted invoice to the customer', async ({ page, api }) => {
  const posted = await apiJson<Page<{ id: number }>>(api, '/api/v1/invoices?status=posted&limit=1');
  expect(posted.items.length, 'the demo has posted invoices').toBeGreaterThan(0);
  await signInApi(page, 'finance', `/invoices/${posted.items[0].id}`);
  const card = page.getByTestId('document-email');
  await expect(card.getByTestId('document-pdf')).toHaveAttribute('href', `/api/v1/invoices/${posted.items[0].id}/pdf`);
  await card.getByTestId('document-email-open').click();
  await card.getByTestId('document-email-message').fill('Please find our invoice attached.');
  await card.getByTestId('document-email-send').click();
  await expect(card.getByTestId('document-email-queued')).toContainText('@');
  await expect(card.getByTestId('document-email-form')).toHaveCount(0);
});

test('a rep cannot e-mail an invoice, only read its PDF', async ({ page }) => {
  await signInApi(page, 'rep1', '/');
  const res = await page.request.get('/api/v1/invoices?status=posted&limit=1');
  const mine = (await res.json()) as Page<{ id: number }>;
  expect(mine.items.length, 'rep1 sees posted invoices of their customers').toBeGreaterThan(0);
  await page.goto(`/invoices/${mine.items[0].id}`);
  await expect(page.getByTestId('document-pdf')).toBeVisible();
  await expect(page.getByTestId('document-email-open')).toHaveCount(0);
});
