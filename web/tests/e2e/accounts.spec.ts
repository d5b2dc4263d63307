// Create an account: server validation shown next to the fields, fixed, saved.
import { test, expect, signInApi, unique } from './fixtures';

test('create an account: errors next to the fields, then fix and save', async ({ page, api }) => {
  await signInApi(page, 'rep1', '/accounts');
  await page.getByTestId('list-new').click();
  await expect(page).toHaveURL(/\/accounts\/new$/);
  await expect(page.getByTestId('record-title')).toHaveText(/^New account$/i);

  // Missing name and an unknown country: the server's problem body names both fields.
  await page.getByTestId('field-country').fill('XX');
  await page.getByTestId('field-city').fill('Leipzig');
  await page.getByTestId('record-save').click();
  await expect(page.getByTestId('error-name')).toContainText(/Name (is required|must not be empty)/);
  await expect(page.getByTestId('error-country')).toContainText("unknown country code 'XX'");
  await expect(page.getByTestId('form-error')).toHaveText('Some fields need attention. See the messages next to them.');
  await expect(page.getByTestId('field-name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('field-country')).toHaveAttribute('aria-invalid', 'true');
  // The focus moves to a field with an error (the first one the server names).
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toMatch(/^field-(name|country)$/);
  await expect(page).toHaveURL(/\/accounts\/new$/);
  // What was typed is still there.
  await expect(page.getByTestId('field-city')).toHaveValue('Leipzig');

  const name = `E2E Klinik ${unique()}`;
  await page.getByTestId('field-name').fill(name);
  await page.getByTestId('field-country').fill('DE');
  await page.getByTestId('record-save').click();
  await expect(page).toHaveURL(/\/accounts\/\d+$/);
  await expect(page.getByTestId('record-title')).toHaveText(name);
  await expect(page.getByTestId('error-name')).toHaveCount(0);
  await expect(page.getByTestId('error-country')).toHaveCount(0);

  const id = Number(new URL(page.url()).pathname.split('/').pop());
  const saved = await (await api.get(`/api/v1/accounts/${id}`)).json();
  expect(saved).toMatchObject({ name, country: 'DE', city: 'Leipzig' });
});
