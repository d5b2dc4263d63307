// The pricing-rule bands editor takes the locale's numbers like every other number input: a German
// pricing manager types "12,5" % and "1.000" pieces, the rule is saved with 12.5 and 1000.
import { test, expect, apiJson, signInApi, unique } from './fixtures';

test.use({ uiLocale: 'de' });

test('de: bands typed with a decimal comma and thousands dots are saved as decimals', async ({ page, api }) => {
  await signInApi(page, 'director', '/pricing-rules/new');
  const name = `E2E Staffel ${unique()}`;
  await page.getByTestId('field-name').fill(name);
  await page.getByTestId('field-scope').selectOption('all');
  await page.getByTestId('field-action').selectOption('percent_discount');
  await page.getByTestId('band-value-0').fill('12,5');
  await page.getByTestId('add-band').click();
  await page.getByTestId('band-min_quantity-1').fill('1.000');
  await page.getByTestId('band-value-1').fill('15');
  await expect(page.getByTestId('band-value-0')).toHaveAttribute('data-value', '12.5');
  await expect(page.getByTestId('band-min_quantity-1')).toHaveAttribute('data-value', '1000');
  await page.getByTestId('record-save').click();
  await expect(page).toHaveURL(/\/pricing-rules\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  const saved = await apiJson(api, `/api/v1/pricing-rules/${id}`);
  const bands = typeof saved.bands === 'string' ? JSON.parse(saved.bands) : saved.bands;
  expect(bands.map((b: { min_quantity: string; percent: string }) => [Number(b.min_quantity), Number(b.percent)])).toEqual([[0, 12.5], [1000, 15]]);
  // Shown German again.
  await expect(page.getByTestId('band-value-0')).toHaveValue(/^12,5/);
  await expect(page.getByTestId('band-min_quantity-1')).toHaveValue(/^1\.000/);
});
