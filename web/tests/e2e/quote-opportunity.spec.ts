// Quotes of a deal (decision 0055): from an opportunity's page a rep opens "New quote" (the deal's
// account and the deal preset), saves it, and the quote shows its deal; once the customer accepts
// it (the workflow through the API) the opportunity is won and lists the quote as accepted.
import { test, expect, apiJson, pickRef, refName, signInApi, unique, userId, companyToday } from './fixtures';
import { findLine } from './sales-helpers';

type Doc = { quote: { id: number; version: number; status: string; opportunity_id: number | null } };

test('New quote on a deal, accepted: the deal is won and lists its quote', async ({ page, api }) => {
  test.setTimeout(120_000);
  const u = unique();
  const rep = await userId(api, 'rep1');
  const post = async (path: string, data: Record<string, unknown>) => {
    const res = await api.post(path, { data });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as { id: number };
  };
  const pipeline = await post('/api/v1/pipelines', { name: `Quotes ${u}` });
  const proposal = await post('/api/v1/pipeline-stages', {
    pipeline_id: pipeline.id, position: 1, name: 'Proposal', probability: 50, forecast_category: 'best_case' });
  const won = await post('/api/v1/pipeline-stages', {
    pipeline_id: pipeline.id, position: 2, name: `Won ${u}`, probability: 100, forecast_category: 'closed', won: true });
  // One of rep1's accounts with a priced product today.
  const own = await apiJson<{ items: Array<{ id: number }> }>(api, `/api/v1/accounts?owner_id=${rep}&limit=5&sort=id`);
  const today = companyToday();
  const { account_id, product_id } = await findLine(api, own.items.map((a) => a.id), today);
  const deal = await post('/api/v1/opportunities', {
    title: `Ward monitors ${u}`, account_id, amount: { amount: '50000', currency: 'EUR' },
    expected_close: '2027-03-31', stage_id: proposal.id, owner_id: rep });

  await signInApi(page, 'rep1', `/opportunities/${deal.id}`);
  const card = page.getByTestId('deal-quotes');
  await expect(card).toContainText('No quotes for this deal yet.');
  await card.getByTestId('deal-new-quote').click();
  await expect(page).toHaveURL(new RegExp(`/quotes/new\\?account_id=${account_id}&opportunity_id=${deal.id}$`));
  await expect(page.getByTestId('field-account_id')).toHaveAttribute('data-value', String(account_id));
  await pickRef(page, 'line-product_id-0', product_id, await refName(api, 'products', product_id));
  await page.getByTestId('line-quantity-0').fill('4');
  await expect(page.getByTestId('line-price-0')).toContainText(/\d/);
  await page.getByTestId('record-save').click();
  await expect(page).toHaveURL(/\/quotes\/\d+$/);
  const quoteId = Number(new URL(page.url()).pathname.split('/').pop());
  // The saved quote names its deal, a link back to it.
  await expect(page.getByTestId('quote-deal').getByRole('link')).toHaveText(`Ward monitors ${u}`);

  // The customer's answer through the API, as rep1: submit (no deviation: approved), send, accept.
  let doc = (await (await page.request.get(`/api/v1/quotes/${quoteId}/document`)).json()) as Doc;
  expect(doc.quote.opportunity_id).toBe(deal.id);
  const csrf = String(((await (await page.request.get('/api/v1/auth/me')).json()) as { csrf_token?: string }).csrf_token ?? '');
  for (const action of ['submit', 'send', 'accept']) {
    const r = await page.request.post(`/api/v1/quotes/${quoteId}/${action}`, {
      headers: { 'If-Match': `"${doc.quote.version}"`, 'X-CSRF-Token': csrf } });
    expect(r.status(), `${action}: ${await r.text()}`).toBe(200);
    doc = (await r.json()) as Doc;
  }
  expect(doc.quote.status).toBe('accepted');

  await page.getByTestId('quote-deal').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/opportunities/${deal.id}$`));
  await expect(page.getByTestId('deal-history')).toContainText(`Proposal → Won ${u}`);
  const row = page.getByTestId('deal-quotes').getByTestId('deal-quote');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Accepted');
  const stored = await apiJson<{ stage_id: number; forecast_category: string }>(api, `/api/v1/opportunities/${deal.id}`);
  expect(stored.stage_id).toBe(won.id);
  expect(stored.forecast_category).toBe('closed');
});

// Products on a deal (decision 0072): the deal's lines, priced by the engine, open its new quote
// as the first lines; the quote prices them afresh and, the same day, at the same unit price.
test('New quote on a deal with products starts from the deal\'s lines', async ({ page, api }) => {
  const u = unique();
  const rep = await userId(api, 'rep1');
  const own = await apiJson<{ items: Array<{ id: number }> }>(api, `/api/v1/accounts?owner_id=${rep}&limit=5&sort=id`);
  const { account_id, product_id } = await findLine(api, own.items.map((a) => a.id), companyToday());
  const pipelines = await apiJson<{ items: Array<{ id: number }> }>(api, '/api/v1/pipelines?active=true&sort=id&limit=1');
  const created = await api.post('/api/v1/opportunities', { data: {
    title: `Lab consumables ${u}`, account_id, amount: { amount: '1000', currency: 'EUR' },
    expected_close: '2027-03-31', pipeline_id: pipelines.items[0].id, owner_id: rep } });
  expect(created.status(), await created.text()).toBe(201);
  const deal = (await created.json()) as { id: number; version: number };
  const put = await api.put(`/api/v1/opportunities/${deal.id}/lines`, {
    headers: { 'If-Match': `"${deal.version}"` }, data: { lines: [{ product_id, quantity: '7' }] } });
  expect(put.status(), await put.text()).toBe(200);
  const saved = (await put.json()) as { lines: Array<{ unit_price: string }>; opportunity: { amount: { amount: string } } };

  await signInApi(page, 'rep1', `/opportunities/${deal.id}`);
  await page.getByTestId('deal-quotes').getByTestId('deal-new-quote').click();
  await expect(page).toHaveURL(new RegExp(`/quotes/new\\?account_id=${account_id}&opportunity_id=${deal.id}&line=${product_id}:7`));
  await expect(page.getByTestId('line-quantity-0')).toHaveValue('7');
  await expect(page.getByTestId('line-price-0')).toContainText(/\d/);
  await page.getByTestId('record-save').click();
  await expect(page).toHaveURL(/\/quotes\/\d+$/);
  const quoteId = Number(new URL(page.url()).pathname.split('/').pop());
  const doc = (await (await page.request.get(`/api/v1/quotes/${quoteId}/document`)).json()) as {
    quote: { opportunity_id: number; untaxed: { amount: string } };
    lines: Array<{ product_id: number; quantity: string; unit_price: string }> };
  expect(doc.quote.opportunity_id).toBe(deal.id);
  expect(doc.lines.map((l) => [l.product_id, l.quantity])).toEqual([[product_id, '7']]);
  expect(doc.lines[0].unit_price).toBe(saved.lines[0].unit_price);
  expect(doc.quote.untaxed.amount).toBe(saved.opportunity.amount.amount);
});
