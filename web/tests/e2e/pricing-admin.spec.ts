// Pricing administration: a rule whose bands are not ascending gets the engine's error at the
// right row; fixed, it is saved with its bands as a JSON array. An amount-off rule restricted to
// one price list is saved from the form. A price list gets an item.
import { test, expect, apiJson, pickRef, refName, signInApi, unique } from './fixtures';

test('pricing rule: band error at its row, then saved with the bands', async ({ page, api }) => {
  await signInApi(page, 'director', '/pricing-rules/new');
  const name = `E2E rule ${unique()}`;
  await page.getByTestId('field-name').fill(name);
  await page.getByTestId('field-scope').selectOption('all');
  await page.getByTestId('field-action').selectOption('percent_discount');
  await page.getByTestId('band-value-0').fill('5');
  await page.getByTestId('add-band').click();
  await page.getByTestId('band-min_quantity-1').fill('0');
  await page.getByTestId('band-value-1').fill('8');
  await page.getByTestId('record-save').click();
  await expect(page.getByTestId('error-band-1-min_quantity')).toBeVisible();
  await expect(page.getByTestId('band-min_quantity-1')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('band-min_quantity-1')).toBeFocused();
  await expect(page.getByTestId('form-error')).toBeVisible();

  await page.getByTestId('band-min_quantity-1').fill('50');
  await page.getByTestId('record-save').click();
  await expect(page).toHaveURL(/\/pricing-rules\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  const saved = await apiJson(api, `/api/v1/pricing-rules/${id}`);
  expect(saved.name).toBe(name);
  const bands = typeof saved.bands === 'string' ? JSON.parse(saved.bands) : saved.bands;
  expect(bands.map((b: { min_quantity: string; percent: string }) => [Number(b.min_quantity), Number(b.percent)])).toEqual([[0, 5], [50, 8]]);
  // The rows come back from the server.
  await expect(page.getByTestId('band-row')).toHaveCount(2);
  await expect(page.getByTestId('band-value-1')).toHaveValue(/^8/);
});

test('pricing rule: an amount off per unit for one price list', async ({ page, api }) => {
  const res = await api.post('/api/v1/price-lists', { data: { name: `E2E only ${unique()}`, currency: 'EUR', active: true } });
  expect(res.status(), await res.text()).toBe(201);
  const list = await res.json();
  await signInApi(page, 'director', '/pricing-rules/new');
  const name = `E2E amount off ${unique()}`;
  await page.getByTestId('field-name').fill(name);
  await page.getByTestId('field-scope').selectOption('all');
  await page.getByTestId('field-action').selectOption('amount_off');
  await expect(page.getByTestId('field-bands')).toContainText('Amount');
  await page.getByTestId('field-currency').fill('EUR');
  await page.getByTestId('band-value-0').fill('2.50');
  await page.getByTestId(`price-list-${list.id}`).check();
  await page.getByTestId('record-save').click();
  await expect(page).toHaveURL(/\/pricing-rules\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  const saved = await apiJson(api, `/api/v1/pricing-rules/${id}`);
  expect(saved.action).toBe('amount_off');
  const ids = typeof saved.price_list_ids === 'string' ? JSON.parse(saved.price_list_ids) : saved.price_list_ids;
  expect(ids).toEqual([list.id]);
  await expect(page.getByTestId(`price-list-${list.id}`)).toBeChecked();
});

test('price list: add an item and see it listed', async ({ page, api }) => {
  const res = await api.post('/api/v1/price-lists', { data: { name: `E2E list ${unique()}`, currency: 'EUR', active: true } });
  expect(res.status(), await res.text()).toBe(201);
  const list = await res.json();
  const product = (await apiJson<{ items: Array<{ id: number }> }>(api, '/api/v1/products?limit=1&sort=sku&active=true')).items[0];

  await signInApi(page, 'director', `/price-lists/${list.id}`);
  await expect(page.getByTestId('record-title')).toHaveText(list.name);
  await page.getByTestId('add-item').click();
  await pickRef(page, 'item-product_id', product.id, await refName(api, 'products', product.id));
  await page.getByTestId('item-price').fill('12.50');
  await page.getByTestId('item-save').click();
  await expect(page.getByTestId('item-row')).toHaveCount(1);
  await expect(page.getByTestId('item-row')).toContainText('€12.50');

  // Edit it.
  await page.getByTestId('edit-item').click();
  await page.getByTestId('item-price').fill('11.00');
  await page.getByTestId('item-save').click();
  await expect(page.getByTestId('item-row')).toContainText('€11.00');
});
