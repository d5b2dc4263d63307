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
