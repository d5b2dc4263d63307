// The layout on a phone (390×844): the navigation is a drawer behind the menu button and the
// accounts list is usable without the page scrolling sideways.
import { test, expect, listLoaded, signInApi } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('phone viewport: nav drawer opens, accounts list usable', async ({ page }) => {
  await signInApi(page, 'rep1', '/');
  const toggle = page.getByTestId('nav-toggle');
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('nav-accounts')).toBeHidden();

  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('nav-accounts')).toBeVisible();
  await expect(page.getByTestId('nav-audit-events')).toBeVisible();  // the rep's own trail
  await page.getByTestId('nav-accounts').tap();

  await expect(page).toHaveURL(/\/accounts$/);
  await expect(page.getByTestId('nav-accounts')).toBeHidden(); // the drawer closed after moving
  await listLoaded(page);
  await expect(page.getByTestId('list-row').first()).toBeVisible();
  // The page itself does not scroll sideways (the table scrolls inside its own box).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByTestId('list-search')).toBeInViewport();
  await expect(page.getByTestId('pagination')).toBeVisible();

  // Search and open a record by tapping.
  const firstName = (await page.getByTestId('row-link').first().textContent())!.trim();
  await page.getByTestId('list-search').fill(firstName);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(firstName);
  await listLoaded(page);
  await page.getByTestId('row-link').first().tap();
  await expect(page).toHaveURL(/\/accounts\/\d+$/);
  await expect(page.getByTestId('record-title')).toHaveText(firstName);
  await page.getByTestId('tab-details').tap(); // an account opens on its overview
  await expect(page.getByTestId('field-name')).toBeInViewport();
  const formOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(formOverflow).toBeLessThanOrEqual(0);
});

test('phone viewport: a quote with its lines does not scroll the page sideways', async ({ page }) => {
  await signInApi(page, 'rep1', '/quotes');
  await listLoaded(page);
  await page.getByTestId('row-link').first().tap();
  await expect(page).toHaveURL(/\/quotes\/\d+$/);
  await expect(page.getByTestId('quote-lines')).toBeVisible();
  // The line table scrolls inside its own box; nothing in it (labels for screen readers
  // included) may widen the page.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
