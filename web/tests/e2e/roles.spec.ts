// Menus show only what the role may use; screens a role may not use say so.
import { test, expect, signInApi, type UserKey } from './fixtures';

test('admin has no Accounts in the menu and cannot open the accounts list', async ({ page }) => {
  await signInApi(page, 'admin', '/');
  await expect(page.getByTestId('user-role')).toHaveText('Administrator');
  await expect(page.getByTestId('nav-users')).toBeVisible();
  await expect(page.getByTestId('nav-audit-events')).toBeVisible();
  await expect(page.getByTestId('nav-products')).toBeVisible();
  await expect(page.getByTestId('nav-accounts')).toHaveCount(0);
  await expect(page.getByTestId('nav-contacts')).toHaveCount(0);
  await expect(page.getByTestId('kpi-totalAccounts')).toHaveCount(0);
  await page.goto('/accounts');
  await expect(page.getByTestId('forbidden')).toBeVisible();
});

test('rep reads the audit log of the records they may read', async ({ page }) => {
  await signInApi(page, 'rep1', '/');
  await expect(page.getByTestId('user-role')).toHaveText('Sales rep');
  await expect(page.getByTestId('nav-accounts')).toBeVisible();
  await expect(page.getByTestId('nav-contacts')).toBeVisible();
  // The trail follows the records it describes (issue 9): the server answers only the rep's own.
  await expect(page.getByTestId('nav-audit-events')).toBeVisible();
  await page.goto('/audit-events');
  await expect(page.getByTestId('list-table')).toBeVisible();
  await expect(page.getByTestId('forbidden')).toHaveCount(0);
  // Reps may read products but not create them.
  await page.goto('/products');
  await expect(page.getByTestId('list-table')).toBeVisible();
  await expect(page.getByTestId('list-new')).toHaveCount(0);
});

test('director sees every module including the audit log', async ({ page }) => {
  await signInApi(page, 'director', '/');
  for (const id of ['home', 'accounts', 'contacts', 'products', 'users', 'teams', 'territories', 'audit-events',
    'quotes', 'approvals', 'sales-orders', 'contracts', 'tasks', 'simulator', 'price-lists', 'pricing-rules',
    'competitors', 'competitor-products', 'leads', 'lead-assignment-rules']) {
    await expect(page.getByTestId(`nav-${id}`)).toBeVisible();
  }
});

test('negotiation desk menus: rep, manager and finance', async ({ browser }) => {
  const cases: Array<[UserKey, string[], string[]]> = [
    ['rep1', ['quotes', 'sales-orders', 'contracts', 'tasks', 'simulator'], ['approvals', 'price-lists', 'pricing-rules']],
    ['manager1', ['quotes', 'approvals', 'sales-orders', 'contracts', 'tasks', 'simulator'], ['price-lists', 'pricing-rules']],
    ['finance', ['quotes', 'sales-orders', 'contracts'], ['tasks', 'simulator', 'approvals', 'price-lists', 'pricing-rules']],
  ];
  for (const [who, shown, hidden] of cases) {
    const context = await browser.newContext({ baseURL: process.env.SALESDESK_E2E_URL });
    await context.addInitScript(() => localStorage.setItem('salesdesk.locale', 'en'));
    const page = await context.newPage();
    await signInApi(page, who, '/');
    for (const id of shown) await expect(page.getByTestId(`nav-${id}`), `${who} sees ${id}`).toBeVisible();
    for (const id of hidden) await expect(page.getByTestId(`nav-${id}`), `${who} does not see ${id}`).toHaveCount(0);
    if (who === 'finance') {
      // Finance reads quotes but creates none, and the simulator is not theirs.
      await page.goto('/quotes');
      await expect(page.getByTestId('list-table')).toBeVisible();
      await expect(page.getByTestId('list-new')).toHaveCount(0);
      await page.goto('/pricing/simulator');
      await expect(page.getByTestId('forbidden')).toBeVisible();
    }
    await context.close();
  }
});
