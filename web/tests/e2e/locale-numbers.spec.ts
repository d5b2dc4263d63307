// A German user types numbers the German way: "12,5" % discount and "1.000" pieces on a quote line.
// The API receives decimal strings (12.5 and 1000) and the saved quote shows them German again.
import { test, expect, apiJson, pickRef, refName, signInApi, companyToday } from './fixtures';
import { findLine } from './sales-helpers';

test.use({ uiLocale: 'de' });

test('de: "12,5" and "1.000" on a quote line reach the server as 12.5 and 1000', async ({ page, api }) => {
  test.setTimeout(120_000);
  const today = companyToday();
  const accounts = (await apiJson<{ items: Array<{ id: number }> }>(api, '/api/v1/accounts?limit=5&sort=id')).items.map((a) => a.id);
  const { account_id, product_id } = await findLine(api, accounts, today);

  await signInApi(page, 'director', '/quotes/new');
  await expect(page.getByTestId('record-title')).toHaveText(/Angebot/);
  await pickRef(page, 'field-account_id', account_id, await refName(api, 'accounts', account_id));
  await pickRef(page, 'line-product_id-0', product_id, await refName(api, 'products', product_id));
  await page.getByTestId('line-quantity-0').fill('1.000');
  await page.getByTestId('line-manual_discount_pct-0').fill('12,5');
  await expect(page.getByTestId('line-manual_discount_pct-0')).toHaveAttribute('data-value', '12.5');
  await expect(page.getByTestId('line-quantity-0')).toHaveAttribute('data-value', '1000');

  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/quotes'),
    page.getByTestId('record-save').click(),
  ]);
  const line = (request.postDataJSON() as { lines: Array<Record<string, unknown>> }).lines[0];
  expect(line.manual_discount_pct).toBe('12.5');
  expect(line.quantity).toBe('1000');

  await expect(page).toHaveURL(/\/quotes\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  const doc = await apiJson<{ lines: Array<{ quantity: string; manual_discount_pct: string }> }>(api, `/api/v1/quotes/${id}/document`);
  expect(Number(doc.lines[0].manual_discount_pct)).toBe(12.5);
  expect(Number(doc.lines[0].quantity)).toBe(1000);
  // Shown German again, with the server's digits.
  await expect(page.getByTestId('line-manual_discount_pct-0')).toHaveValue(/^12,50*$/);
  await expect(page.getByTestId('line-quantity-0')).toHaveValue(/^1\.000(,0+)?$/);
});
