// Menus show only what the role may use; screens a role may not use say so.
import { test, expect, signInApi } from './fixtures';

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

test('rep has no Audit log in the menu and cannot open it', async ({ page }) => {
  await signInApi(page, 'rep1', '/');
  await expect(page.getByTestId('user-role')).toHaveText('Sales rep');
  await expect(page.getByTestId('nav-accounts')).toBeVisible();
  await expect(page.getByTestId('nav-contacts')).toBeVisible();
  await expect(page.getByTestId('nav-audit-events')).toHaveCount(0);
  await page.goto('/audit-events');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  // Reps may read products but not create them.
  await page.goto('/products');
  await expect(page.getByTestId('list-table')).toBeVisible();
  await expect(page.getByTestId('list-new')).toHaveCount(0);
});

test('director sees every module including the audit log', async ({ page }) => {
  await signInApi(page, 'director', '/');
  for (const id of ['home', 'accounts', 'contacts', 'products', 'users', 'teams', 'territories', 'audit-events']) {
    await expect(page.getByTestId(`nav-${id}`)).toBeVisible();
  }
});
