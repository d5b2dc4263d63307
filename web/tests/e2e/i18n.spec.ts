// The language switch: strings from the catalogs, numbers and money with Intl in the chosen
// locale (money keeps its own currency), and the choice is remembered.
import { test, expect, createAccount, listLoaded, signInApi, unique } from './fixtures';

test('switching to German and Chinese changes strings and number/money formats', async ({ page, api }) => {
  const name = `E2E Intl ${unique()}`;
  const account = await createAccount(api, { name, credit_limit: { amount: '1234567.50', currency: 'EUR' } });
  await signInApi(page, 'director', `/accounts?q=${encodeURIComponent(name)}`);
  await listLoaded(page);
  const credit = page.locator(`[data-testid="list-row"][data-id="${account.id}"] td.k-money`);
  const intl = (locale: string) => page.evaluate((l) => ({
    money: new Intl.NumberFormat(l, { style: 'currency', currency: 'EUR' }).format(1234567.5),
  }), locale);

  // English (en-GB formats).
  await expect(page.getByTestId('nav-accounts')).toHaveText('Accounts');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accounts');
  await expect(credit).toHaveText((await intl('en-GB')).money);
  await expect(credit).toHaveText('€1,234,567.50');

  // German.
  await page.getByTestId('language-switch').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByTestId('nav-accounts')).toHaveText('Kunden');
  await expect(page.getByTestId('nav-home')).toHaveText('Start');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kunden');
  await expect(page.getByTestId('sort-credit_limit')).toContainText('Kreditlimit');
  await expect(page.getByTestId('list-range')).toHaveText('1–1 von 1');
  await expect(credit).toHaveText((await intl('de-DE')).money);
  await expect(credit).toContainText('1.234.567,50');
  await expect(page.getByTestId('user-role')).toHaveText('Vertriebsleitung');

  // Remembered across a reload.
  await page.reload();
  await expect(page.getByTestId('nav-accounts')).toHaveText('Kunden');
  await expect(page.getByTestId('language-switch')).toHaveValue('de');

  // Home page figures follow the locale too (thousands separator in de-DE: ".").
  await page.getByTestId('nav-home').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Schön, dass Sie da sind');
  // Other specs create accounts meanwhile: compare the API's count with a fresh page until they agree.
  await expect(async () => {
    await page.reload();
    const total = (await (await api.get('/api/v1/accounts?limit=1')).json()).total as number;
    await expect(page.getByTestId('kpi-totalAccounts')).toContainText(new Intl.NumberFormat('de-DE').format(total), { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });

  // Chinese.
  await page.getByTestId('language-switch').selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('nav-accounts')).toHaveText('客户');
  await expect(page.getByTestId('nav-home')).toHaveText('首页');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('欢迎回来');
  await page.getByTestId('nav-accounts').click();
  await page.getByTestId('list-search').fill(name);
  await listLoaded(page);
  await expect(page.getByTestId('list-range')).toHaveText('第 1–1 条，共 1 条');
  await expect(credit).toHaveText((await intl('zh-CN')).money);
  await expect(page.getByTestId('sort-credit_limit')).toContainText('信用额度');

  // Back to English for whoever signs in next with this browser profile.
  await page.getByTestId('language-switch').selectOption('en');
  await expect(page.getByTestId('nav-accounts')).toHaveText('Accounts');
});
