// Everything by keyboard: sign in, reach the accounts list, open a record, open the palette.
import { test, expect, USERS, type Page } from './fixtures';

/** Presses Tab until the focused element matches `selector` (at most `max` times). */
async function tabTo(page: Page, selector: string, max = 40, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`Tab did not reach ${selector} within ${max} presses`);
}

test('sign in, open the accounts list and a record, and the palette with the keyboard only', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('login-form')).toBeVisible();
  await tabTo(page, '[data-testid="login-email"]');
  await page.keyboard.type(USERS.director.email);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('login-password')).toBeFocused();
  await page.keyboard.type(USERS.director.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('user-menu')).toBeVisible();

  // From the top of the page: Tab to Accounts in the side menu.
  await tabTo(page, '[data-testid="nav-accounts"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/accounts$/);
  await expect(page.getByTestId('list-row').first()).toBeVisible();

  // Into the table: the first row's link, Enter opens the record (past the rest of the side
  // menu, one stop per entry the director sees, then the list's controls).
  await tabTo(page, '[data-testid="row-link"]', 70);
  const name = (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/accounts\/\d+$/);
  await expect(page.getByTestId('record-title')).toHaveText(name);

  // The account opens on its overview: to the Details tab, then edit a field and save.
  await tabTo(page, '[data-testid="tab-details"]', 60);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('record-form')).toBeVisible();
  await tabTo(page, '[data-testid="field-phone"]', 60);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('+34 600 000 111');
  await tabTo(page, '[data-testid="record-save"]', 60);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('form-saved')).toHaveText('Saved.');

  // Ctrl+K opens the palette with the focus in its input; Enter opens the active option.
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('palette-input')).toBeFocused();
  await page.keyboard.type('Products');
  await expect(page.getByTestId('palette-item').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/products$/);

  // A fresh page: the skip link is the first stop and moves focus to the main content.
  await page.reload();
  await expect(page.getByTestId('list-row').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // Back up to the user menu, and sign out from the keyboard.
  await tabTo(page, '[data-testid="user-menu"]', 80, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-testid="sign-out"]', 5);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('login-form')).toBeVisible();
});
