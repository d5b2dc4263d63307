// Quote workflow actions carry If-Match with the version the person sees; when the quote changed
// meanwhile the action is refused with 412 and the editor offers to reload it (the existing
// conflict flow). The 412 comes from the server's precondition check; for servers that do not
// check yet, the route below answers as the API contract says (stale If-Match → 412).
import { test, expect, apiJson, signInApi } from './fixtures';
import { findLine } from './sales-helpers';

type Doc = { quote: Record<string, any> & { id: number; version: number }; lines: Array<Record<string, any>>; allowed_actions: string[] };

async function draftQuote(api: import('@playwright/test').APIRequestContext): Promise<Doc> {
  const today = new Date().toISOString().slice(0, 10);
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
  await page.route(`**/api/v1/quotes/${doc.quote.id}/submit`, async (route) => {
    const ifMatch = route.request().headers()['if-match'] ?? '';
    sent.push(ifMatch);
    const now = (await apiJson<Doc>(api, `/api/v1/quotes/${doc.quote.id}/document`)).quote.version;
    if (ifMatch !== `"${now}"`) {
      await route.fulfill({ status: 412, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Precondition Failed', status: 412, detail: 'The quote changed; reload it.' }) });
    } else await route.continue();
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
