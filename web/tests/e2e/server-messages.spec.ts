// The server's own field errors in the user's language: a German user saves an account with an
// unknown country code and no name; the problem body carries a code and params per field (its
// English `detail` stays for API clients), and the form shows the German words for them.
import { test, expect, signInApi } from './fixtures';

test.use({ uiLocale: 'de' });

test('de: the server refuses a country code and the field error reads German', async ({ page }) => {
  await signInApi(page, 'rep1', '/accounts/new');
  await expect(page.getByTestId('field-country')).toBeVisible();
  await page.getByTestId('field-country').fill('XX');
  await page.getByTestId('field-city').fill('Leipzig');

  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/accounts'),
    page.getByTestId('record-save').click(),
  ]);
  // It is the server that refused, and it said so in English with a code beside it.
  expect(response.status()).toBe(422);
  const problem = (await response.json()) as { errors: Array<{ field: string; detail: string; code?: string; params?: Record<string, string> }> };
  const country = problem.errors.find((e) => e.field === 'country');
  expect(country).toMatchObject({ code: 'field.unknown_country', params: { value: 'XX' } });
  expect(country?.detail).toContain("unknown country code 'XX'");
  const name = problem.errors.find((e) => e.field === 'name');
  expect(name).toMatchObject({ code: 'field.required', params: { field: 'name' } });

  // The form words them in German.
  await expect(page.getByTestId('error-country')).toHaveText('Unbekannter Ländercode „XX“; verwenden Sie einen ISO-3166-1-Alpha-2-Code wie ES oder DE.');
  await expect(page.getByTestId('error-name')).toHaveText('Name ist erforderlich.');
  await expect(page.getByTestId('error-country')).not.toContainText('unknown');
});
