// The competitors module: a rep records a competitor and a price seen (typed the German way) and
// finds it on our product's page, newest first; finance reads but cannot create; admins have no
// entry; the list works on a phone.
import { test, expect, apiJson, companyToday, expectNoSeriousA11yViolations, listLoaded, pickRef, signInApi, unique } from './fixtures';

type Page<T> = { items: T[] };
type PriceSeen = { id: number; name: string; product_id: number; price_seen: { amount: string; currency: string } | null; seen_on: string; source: string };

/** Our product with the most demo prices seen (so "newest first" orders several rows). */
async function ourProduct(api: Parameters<typeof apiJson>[0]) {
  const seen = await apiJson<Page<PriceSeen>>(api, '/api/v1/competitor-products?limit=500&sort=id');
  const count = new Map<number, number>();
  for (const p of seen.items) if (p.product_id) count.set(p.product_id, (count.get(p.product_id) ?? 0) + 1);
  const [id, n] = [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  expect(n, 'a product with several demo prices seen').toBeGreaterThan(1);
  return apiJson<{ id: number; name: string }>(api, `/api/v1/products/${id}`);
}

test.describe('a rep in German', () => {
  test.use({ uiLocale: 'de' });

  test('records a competitor and a price seen, and finds it on the product\'s page', async ({ page, api }) => {
    const product = await ourProduct(api);
    const rival = `Rivale ${unique()}`;
    await signInApi(page, 'rep1', '/');
    await page.getByTestId('nav-competitors').click();
    await listLoaded(page);
    await page.getByTestId('list-new').click();
    await expect(page).toHaveURL(/\/competitors\/new$/);
    // The document's default: a new competitor is active.
    await expect(page.getByTestId('field-active')).toBeChecked();
    await page.getByTestId('field-name').fill(rival);
    await page.getByTestId('field-country').fill('IT');
    await page.getByTestId('field-strengths').fill('Günstige Handschuhe');
    await page.getByTestId('record-save').click();
    await expect(page).toHaveURL(/\/competitors\/\d+$/);
    const competitorId = Number(new URL(page.url()).pathname.split('/').pop());
    await expect(page.getByTestId('record-title')).toHaveText(rival);

    // Its products and prices seen: none yet; record one, the amount typed the German way.
    const card = page.getByTestId('competitor-prices');
    await expect(card).toContainText('Noch keine Preise erfasst.');
    await card.getByTestId('add-price').click();
    await pickRef(page, 'price-product_id', product.id, product.name);
    await page.getByTestId('price-name').fill(`${rival} Nitril`);
    await page.getByTestId('price-price_seen').fill('1.234,5');
    await expect(page.getByTestId('price-price_seen')).toHaveAttribute('data-value', '1234.5');
    await expect(page.getByTestId('price-price_seen-currency')).toHaveValue('EUR');
    await page.getByTestId('price-source').selectOption('tender');
    await expect(page.getByTestId('price-source').locator('option:checked')).toHaveText('Ausschreibung');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/competitor-products'),
      page.getByTestId('price-save').click(),
    ]);
    expect(request.postDataJSON()).toMatchObject({ competitor_id: competitorId, product_id: product.id, price_seen: { amount: '1234.5', currency: 'EUR' }, source: 'tender' });
    const row = card.getByTestId('price-row');
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('price-amount')).toHaveText(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5));

    const stored = await apiJson<Page<PriceSeen>>(api, `/api/v1/competitor-products?competitor_id=${competitorId}`);
    expect(stored.items).toHaveLength(1);
    expect(stored.items[0]).toMatchObject({ product_id: product.id, price_seen: { currency: 'EUR' }, source: 'tender' });
    expect(Number(stored.items[0].price_seen!.amount)).toBe(1234.5);
    expect(stored.items[0].seen_on).toMatch(/^\d{4}-\d{2}-\d{2}$/); // today, filled in by the form

    // Before a negotiation: our product's page shows what competitors were seen charging, newest first.
    await page.goto(`/products/${product.id}`);
    const prices = page.getByTestId('product-competitor-prices');
    await expect(prices).toContainText('Preise der Wettbewerber');
    const first = prices.getByTestId('price-row').first();
    await expect(first).toHaveAttribute('data-id', String(stored.items[0].id));
    await expect(first.getByRole('link', { name: rival })).toHaveAttribute('href', `/competitors/${competitorId}`);
    await expect(first.getByTestId('price-amount')).toHaveText(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5));
    await expect(first.getByTestId('price-source')).toHaveText('Ausschreibung');
    // The rows below are older (or undated, last).
    await expect(prices.getByTestId('price-row')).not.toHaveCount(1);
    const days = await prices.getByTestId('price-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    const all = await apiJson<Page<PriceSeen>>(api, `/api/v1/competitor-products?product_id=${product.id}&limit=100`);
    const seen = new Map(all.items.map((p) => [String(p.id), p.seen_on ?? '']));
    const dates = days.map((id) => seen.get(String(id)) ?? '');
    const dated = dates.filter((d) => d !== '');
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
    await expectNoSeriousA11yViolations(page, 'product with competitor prices');
  });
});

test('finance reads competitors and prices seen but creates none', async ({ page, api }) => {
  await signInApi(page, 'finance', '/competitors');
  await expect(page.getByTestId('nav-competitors')).toBeVisible();
  await expect(page.getByTestId('nav-competitor-products')).toBeVisible();
  await listLoaded(page);
  await expect(page.getByTestId('list-new')).toHaveCount(0);
  await page.getByTestId('row-link').first().click();
  await expect(page).toHaveURL(/\/competitors\/\d+$/);
  await expect(page.getByTestId('field-name')).toBeDisabled();
  const card = page.getByTestId('competitor-prices');
  await expect(card.getByTestId('price-row').first()).toBeVisible();
  await expect(card.getByTestId('add-price')).toHaveCount(0);
  await expect(card.getByTestId('edit-price')).toHaveCount(0);
  await page.goto('/competitor-products/new');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await expect(page.getByTestId('record-form')).toHaveCount(0);
  // Finance sees the prices on a product's page too, read-only.
  const product = await ourProduct(api);
  await page.goto(`/products/${product.id}`);
  await expect(page.getByTestId('product-competitor-prices')).toBeVisible();
  await expect(page.getByTestId('product-competitor-prices').getByTestId('add-price')).toHaveCount(0);
  // The server agrees.
  const res = await page.request.post('/api/v1/competitors', { data: { name: `Finance ${unique()}` }, headers: { 'X-CSRF-Token': await csrf(page) } });
  expect(res.status()).toBe(403);
});

test('admin has no market entry, no competitor screens and no prices on a product', async ({ page, api }) => {
  await signInApi(page, 'admin', '/');
  await expect(page.getByTestId('nav-products')).toBeVisible();
  await expect(page.getByTestId('nav-competitors')).toHaveCount(0);
  await expect(page.getByTestId('nav-competitor-products')).toHaveCount(0);
  await page.goto('/competitors');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  const product = await ourProduct(api);
  await page.goto(`/products/${product.id}`);
  await expect(page.getByTestId('record-title')).not.toBeEmpty();
  await expect(page.getByTestId('product-competitor-prices')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the competitors list and a competitor\'s prices do not scroll the page sideways', async ({ page }) => {
    await signInApi(page, 'rep1', '/');
    await page.getByTestId('nav-toggle').tap();
    await page.getByTestId('nav-competitors').tap();
    await expect(page).toHaveURL(/\/competitors$/);
    await listLoaded(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expect(page.getByTestId('list-search')).toBeInViewport();
    await page.getByTestId('list-search').fill('Nordklinik');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Nordklinik');
    await listLoaded(page);
    await page.getByTestId('row-link').first().tap();
    await expect(page).toHaveURL(/\/competitors\/\d+$/);
    await expect(page.getByTestId('record-title')).toHaveText('Nordklinik AB');
    await expect(page.getByTestId('competitor-prices').getByTestId('price-row').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

/** The session's CSRF token (the API wants it on writes with the cookie). */
async function csrf(page: import('@playwright/test').Page): Promise<string> {
  const me = await page.request.get('/api/v1/auth/me');
  return String((await me.json()).csrf_token ?? '');
}

// Issue 12: a competitor's price beside ours in the quote editor. A price seen today for the first
// line's product, a cent in the quote's currency, shows under that line marked "below ours".
test('the quote shows the newest competitor prices under each line, against our price', async ({ page, api }) => {
  const [quote] = (await apiJson<Page<{ id: number; currency: string }>>(api, '/api/v1/quotes?limit=1&sort=-id&status=draft')).items;
  expect(quote, 'a draft demo quote').toBeDefined();
  const [line] = (await apiJson<Page<{ product_id: number }>>(api, `/api/v1/quote-lines?quote_id=${quote.id}&sort=position&limit=1`)).items;
  const [rival] = (await apiJson<Page<{ id: number; name: string }>>(api, '/api/v1/competitors?limit=1&sort=id')).items;
  const created = await api.post('/api/v1/competitor-products', {
    data: { competitor_id: rival.id, product_id: line.product_id, name: `Cheap copy ${unique()}`,
      price_seen: { amount: '0.01', currency: quote.currency }, seen_on: companyToday(), source: 'customer' },
  });
  expect(created.status(), await created.text()).toBe(201);

  await signInApi(page, 'director', `/quotes/${quote.id}`);
  const seen = page.getByTestId('competitor-prices-0');
  await expect(seen).toBeVisible();
  const row = seen.getByTestId('competitor-price').filter({ hasText: rival.name }).first();
  await expect(row).toHaveAttribute('data-compare', 'below');
  await expect(row).toContainText('below ours');
});
