// Ctrl+K opens the command palette; typing a record's name and Enter opens it.
import { test, expect, apiJson, signInApi, type Page } from './fixtures';

async function openPalette(page: Page) {
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('palette-input')).toBeFocused();
}

/** Moves the palette's active option to the one whose label is `label`, then presses Enter. */
async function choose(page: Page, label: string) {
  const items = page.getByTestId('palette-item');
  const option = items.filter({ has: page.locator('.label', { hasText: label }) }).first();
  await expect(option).toBeVisible();
  const labels = await items.locator('.label').allTextContents();
  const index = labels.findIndex((l) => l.trim() === label);
  expect(index, `"${label}" among ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(items.nth(index)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('palette-input')).toHaveCount(0);
}

test('command palette: jump to a product and to an account by name', async ({ page, api }) => {
  const product = (await apiJson(api, '/api/v1/products?limit=1&offset=7&sort=sku')).items[0];
  // An account whose name is unique (the demo repeats some pharmacy names across cities).
  let account: { id: number; name: string } | undefined;
  for (const candidate of (await apiJson(api, '/api/v1/accounts?limit=20&offset=10&sort=id')).items) {
    if ((await apiJson(api, `/api/v1/accounts?limit=1&q=${encodeURIComponent(candidate.name)}`)).total === 1) { account = candidate; break; }
  }
  if (!account) throw new Error('no account with a unique name in the demo data');
  await signInApi(page, 'director', '/');

  await openPalette(page);
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await page.getByTestId('palette-input').fill(product.name);
  await choose(page, `${product.sku} ${product.name}`);
  await expect(page).toHaveURL(new RegExp(`/products/${product.id}$`));
  await expect(page.getByTestId('record-title')).toHaveText(`${product.sku} ${product.name}`);

  await openPalette(page);
  await page.getByTestId('palette-input').fill(account.name);
  await choose(page, account.name);
  await expect(page).toHaveURL(new RegExp(`/accounts/${account.id}$`));
  await expect(page.getByTestId('record-title')).toHaveText(account.name);

  // Screens by name, and Esc closes.
  await openPalette(page);
  await page.getByTestId('palette-input').fill('Territ');
  await choose(page, 'Territories');
  await expect(page).toHaveURL(/\/territories$/);
  await openPalette(page);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('palette-input')).toHaveCount(0);
});

test('command palette: a quote by its number, by its number without the zeros, and by its customer without accents', async ({ page, api }) => {
  // A demo quote whose customer has a name no other account shares and at most 5 quotes, so the
  // palette's first 5 quotes found by the customer's name include it.
  type Quote = { id: number; number: string; account_id: number };
  let quote: Quote | undefined;
  let customer = '';
  // The customer's name lower-cased, without accents, its last word cut to a prefix.
  const fold = (name: string) => {
    const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
    return folded.length > 6 ? folded.slice(0, -2) : folded;
  };
  for (const candidate of (await apiJson<{ items: Quote[] }>(api, '/api/v1/quotes?limit=20&sort=-id')).items) {
    const account = await apiJson<{ name: string }>(api, `/api/v1/accounts/${candidate.account_id}`);
    const namesakes = await apiJson(api, `/api/v1/accounts?limit=1&q=${encodeURIComponent(fold(account.name))}`);
    const quotes = await apiJson(api, `/api/v1/quotes?limit=1&account_id=${candidate.account_id}`);
    if (namesakes.total === 1 && quotes.total <= 5) { quote = candidate; customer = account.name; break; }
  }
  if (!quote) throw new Error('no demo quote of a customer with a unique name');
  await signInApi(page, 'director', '/');

  await openPalette(page);
  await page.getByTestId('palette-input').fill(quote.number);
  await choose(page, quote.number);
  await expect(page).toHaveURL(new RegExp(`/quotes/${quote.id}$`));

  // "Q-2026-00042" -> "2026 42": the year and the running number without its zeros.
  const [, year, running] = quote.number.split('-');
  await openPalette(page);
  await page.getByTestId('palette-input').fill(`${year} ${String(Number(running))}`);
  await expect(page.getByTestId('palette-item').locator('.label', { hasText: quote.number })).toBeVisible();
  await page.keyboard.press('Escape');

  await openPalette(page);
  await page.getByTestId('palette-input').fill(fold(customer));
  await choose(page, quote.number);
  await expect(page).toHaveURL(new RegExp(`/quotes/${quote.id}$`));
});
