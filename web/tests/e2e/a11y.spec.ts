// axe-core on the main pages at desktop size: no serious or critical violations.
import { test, expect, apiJson, expectNoSeriousA11yViolations, listLoaded, pickRef, refName, signInApi, companyToday } from './fixtures';
import { findLine } from './sales-helpers';

test('login page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('login-form')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'login');
  // With an error message shown too.
  await page.getByTestId('login-email').fill('nobody@medsupply.example');
  await page.getByTestId('login-password').fill('wrong');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'login with error');
});

test('home, accounts list, account record, products list, command palette', async ({ page }) => {
  await signInApi(page, 'director', '/');
  await expect(page.getByTestId('kpi-totalAccounts')).toBeVisible();
  await expect(page.getByTestId('home-recent').locator('a').first()).toBeVisible();
  await expect(page.getByTestId('lifecycle-chart')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'home');

  await page.getByTestId('nav-accounts').click();
  await listLoaded(page);
  await expectNoSeriousA11yViolations(page, 'accounts list');

  await page.getByTestId('row-link').first().click();
  // An account opens on its overview (the 360° page); the form is the Details tab.
  await expect(page.getByTestId('a360-figures')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'account overview');
  await page.getByTestId('tab-details').click();
  await expect(page.getByTestId('record-form')).toBeVisible();
  await expect(page.getByTestId('account-contacts')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'account record');

  await page.getByTestId('nav-products').click();
  await listLoaded(page);
  await expectNoSeriousA11yViolations(page, 'products list');

  await page.keyboard.press('Control+k');
  await page.getByTestId('palette-input').fill('ste');
  await expect(page.getByTestId('palette-item').nth(1)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'command palette');
});

test('account record with validation errors, and the phone layout with the drawer open', async ({ page }) => {
  await signInApi(page, 'rep1', '/accounts/new');
  await page.getByTestId('field-country').fill('XX');
  await page.getByTestId('record-save').click();
  await expect(page.getByTestId('error-country')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'account form with errors');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/accounts');
  await listLoaded(page);
  await page.getByTestId('nav-toggle').click();
  await expect(page.getByTestId('nav-accounts')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'phone accounts list with drawer');
});

test('negotiation desk: quotes list, quote editor, simulator, approvals, price list, rule, order, notifications', async ({ page, api }) => {
  test.setTimeout(120_000);
  const first = async (entity: string) => (await apiJson<{ items: Array<{ id: number }> }>(api, `/api/v1/${entity}?limit=1&sort=id`)).items[0];
  await signInApi(page, 'director', '/quotes');
  await listLoaded(page);
  await expectNoSeriousA11yViolations(page, 'quotes list');

  const quote = await first('quotes');
  await page.goto(`/quotes/${quote.id}`);
  await expect(page.getByTestId('quote-status')).toBeVisible();
  await page.getByTestId('line-explain-0').click();
  await expect(page.getByTestId('line-explanation-0')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'quote editor with an explanation');

  await page.goto('/quotes/new');
  await expect(page.getByTestId('line-product_id-0')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'new quote');

  const today = companyToday();
  const accounts = (await apiJson<{ items: Array<{ id: number }> }>(api, '/api/v1/accounts?limit=5&sort=id')).items.map((a) => a.id);
  const { account_id, product_id } = await findLine(api, accounts, today);
  await page.goto('/pricing/simulator');
  await pickRef(page, 'sim-account_id', account_id, await refName(api, 'accounts', account_id));
  await pickRef(page, 'sim-product_id', product_id, await refName(api, 'products', product_id));
  await page.getByTestId('simulate').click();
  await expect(page.getByTestId('simulator-result')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'pricing simulator with a result');

  await page.getByTestId('nav-approvals').click();
  await expect(page.getByTestId('approval-item').first().or(page.getByTestId('approvals-empty'))).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'approvals inbox');

  const list = await first('price-lists');
  await page.goto(`/price-lists/${list.id}`);
  await expect(page.getByTestId('price-list-items')).toBeVisible();
  await page.getByTestId('add-item').click();
  await expect(page.getByTestId('item-form')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'price list with items');

  const rule = await first('pricing-rules');
  await page.goto(`/pricing-rules/${rule.id}`);
  await expect(page.getByTestId('field-bands')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'pricing rule form');

  const order = await first('sales-orders');
  if (order) {
    await page.goto(`/sales-orders/${order.id}`);
    await expect(page.getByTestId('order-lines')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'sales order');
  }

  await page.getByTestId('notifications-bell').click();
  await expect(page.getByTestId('notifications-panel')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'notifications dropdown');
});
