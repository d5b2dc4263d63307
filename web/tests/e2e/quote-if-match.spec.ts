// Quote workflow actions carry If-Match with the version the person sees; when the quote changed
// meanwhile the server refuses the action with 412 and the editor offers to reload it (the
// existing conflict flow). Re-pricing is asked for explicitly and shows old → new.
import { test, expect, apiJson, signInApi, companyToday } from './fixtures';
import { findLine, simulate } from './sales-helpers';

type Doc = { quote: Record<string, any> & { id: number; version: number }; lines: Array<Record<string, any>>; allowed_actions: string[] };

async function draftQuote(api: import('@playwright/test').APIRequestContext): Promise<Doc> {
  const today = companyToday();
  const accounts = (await apiJson<{ items: Array<{ id: number }> }>(api, '/api/v1/accounts?limit=5&sort=id')).items.map((a) => a.id);
  const { account_id, product_id } = await findLine(api, accounts, today);
  const sim = await api.post('/api/v1/pricing/simulate', { data: { account_id, product_id, quantity: '2', date: today } });
  const { price_list_id } = (await sim.json()) as { price_list_id: number };
  const res = await api.post('/api/v1/quotes', { data: { account_id, price_list_id, lines: [{ product_id, quantity: '2' }] } });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

test('submit sends If-Match with the quote version shown', async ({ page, api }) => {
  const doc = await draftQuote(api);
  await signInApi(page, 'director', `/quotes/${doc.quote.id}`);
  await expect(page.getByTestId('quote-action-submit')).toBeVisible();
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/api/v1/quotes/${doc.quote.id}/submit`)),
    page.getByTestId('quote-action-submit').click(),
  ]);
  expect(request.headers()['if-match']).toBe(`"${doc.quote.version}"`);
  await expect(page.getByTestId('quote-status')).not.toHaveAttribute('data-status', 'draft');
});

test('a stale quote: the action answers 412, the editor offers Reload, then the action goes through', async ({ page, api }) => {
  const doc = await draftQuote(api);
  await signInApi(page, 'director', `/quotes/${doc.quote.id}`);
  await expect(page.getByTestId('quote-action-submit')).toBeVisible();

  // Someone else changes the quote after it was opened.
  const body = { account_id: doc.quote.account_id, price_list_id: doc.quote.price_list_id, notes: 'changed elsewhere', lines: doc.lines.map((l) => ({ product_id: l.product_id, quantity: l.quantity, line_key: l.line_key })) };
  const put = await api.put(`/api/v1/quotes/${doc.quote.id}`, { data: body, headers: { 'If-Match': `"${doc.quote.version}"` } });
  expect(put.status(), await put.text()).toBe(200);
  const current = (await put.json()) as Doc;
  expect(current.quote.version).toBeGreaterThan(doc.quote.version);

  const sent: string[] = [];
  // Only watched: the 412 is the server's own answer to the stale If-Match.
  await page.route(`**/api/v1/quotes/${doc.quote.id}/submit`, async (route) => {
    sent.push(route.request().headers()['if-match'] ?? '');
    await route.continue();
  });

  await page.getByTestId('quote-action-submit').click();
  await expect(page.getByTestId('conflict-banner')).toBeVisible();
  await expect(page.getByTestId('conflict-reload')).toBeFocused();
  expect(sent).toEqual([`"${doc.quote.version}"`]);
  await expect(page.getByTestId('quote-status')).toHaveAttribute('data-status', 'draft');

  await page.getByTestId('conflict-reload').click();
  await expect(page.getByTestId('conflict-banner')).toHaveCount(0);
  await expect(page.getByTestId('field-notes')).toHaveValue('changed elsewhere');
  await page.getByTestId('quote-action-submit').click();
  await expect(page.getByTestId('quote-status')).not.toHaveAttribute('data-status', 'draft');
  expect(sent).toEqual([`"${doc.quote.version}"`, `"${current.quote.version}"`]);
});

test('re-pricing is asked for and shows each line old → new; the internal PDF is a separate link', async ({ page, api }) => {
  const doc = await draftQuote(api);
  const line = doc.lines[0];
  // Every list price of the product in the quote's list goes up by 10.00 (each quantity break).
  const items = await apiJson<{ items: Array<{ id: number; version: number; price: string }> }>(
    api, `/api/v1/price-list-items?price_list_id=${doc.quote.price_list_id}&product_id=${line.product_id}`);
  expect(items.items.length, 'the line is priced from its own list').toBeGreaterThan(0);
  for (const item of items.items) {
    const patch = await api.patch(`/api/v1/price-list-items/${item.id}`, {
      data: { price: (Number(item.price) + 10).toFixed(2) }, headers: { 'If-Match': `"${item.version}"` } });
    expect(patch.status(), await patch.text()).toBe(200);
  }

  await signInApi(page, 'director', `/quotes/${doc.quote.id}`);
  await expect(page.getByTestId('quote-action-pdf_internal')).toHaveAttribute('href', `/api/v1/quotes/${doc.quote.id}/pdf?variant=internal`);
  await expect(page.getByTestId('quote-action-pdf')).toHaveAttribute('href', `/api/v1/quotes/${doc.quote.id}/pdf`);
  // The saved line keeps its price after the list changed.
  const before = (await apiJson<Doc>(api, `/api/v1/quotes/${doc.quote.id}/document`)).lines[0].unit_price;
  expect(before).toBe(line.unit_price);

  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/api/v1/quotes/${doc.quote.id}/reprice`)),
    page.getByTestId('quote-action-reprice').click(),
  ]);
  expect(request.headers()['if-match']).toBe(`"${doc.quote.version}"`);
  const shown = page.getByTestId(`repriced-${line.line_key}`);
  await expect(shown).toBeVisible();
  await expect(shown).toContainText('→');
  // Re-priced with today's conditions: exactly what the simulator says now for the same line.
  const today = await simulate(api, { account_id: doc.quote.account_id, product_id: line.product_id, quantity: line.quantity,
    price_list_id: doc.quote.price_list_id, date: doc.quote.pricing_date });
  expect(today.status).toBe(200);
  const after = (await apiJson<Doc>(api, `/api/v1/quotes/${doc.quote.id}/document`)).lines[0].unit_price;
  expect(after).toBe(today.line?.unit_price);
});

test('one line is re-priced on its own: the request names it and the answer shows it old → new', async ({ page, api }) => {
  const doc = await draftQuote(api);
  const key = String(doc.lines[0].line_key);
  await signInApi(page, 'director', `/quotes/${doc.quote.id}`);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/api/v1/quotes/${doc.quote.id}/reprice`)),
    page.getByTestId('reprice-line-0').click(),
  ]);
  expect(request.postDataJSON()).toEqual({ line_keys: [key] });
  expect(request.headers()['if-match']).toBe(`"${doc.quote.version}"`);
  await expect(page.getByTestId(`repriced-${key}`)).toContainText('→');
});
