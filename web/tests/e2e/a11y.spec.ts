// axe-core on the main pages at desktop size: no serious or critical violations.
import { test, expect, expectNoSeriousA11yViolations, listLoaded, signInApi } from './fixtures';

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
