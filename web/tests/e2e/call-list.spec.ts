// Call lists (issue 11, decision 0057): on a phone, a telemarketer saves a view of their
// accounts, builds a call list from it, logs two calls (one with a call-back date) and skips one,
// and sees the progress move; the list page shows how far the list is worked.
import { test, expect, signInApi, unique, companyToday } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('a telemarketer works a call list', async ({ page }) => {
  const view = `Calls by name ${unique()}`;
  const list = `Reorders ${unique()}`;
  await signInApi(page, 'rep1', '/accounts?sort=name');
  await page.getByTestId('saved-views').tap();
  await page.getByTestId('save-view-name').fill(view);
  await page.getByTestId('save-view').tap();
  await expect(page.getByTestId('saved-view-item').filter({ hasText: view })).toBeVisible();

  await page.goto('/call-lists');
  const form = page.getByTestId('call-list-new');
  await form.getByTestId('call-list-view').selectOption({ label: `${view} · Accounts` });
  await form.getByTestId('call-list-name').fill(list);
  await form.getByTestId('call-list-build').tap();

  await expect(page).toHaveURL(/\/call-lists\/\d+\/work$/);
  const progress = page.getByTestId('call-progress');
  await expect(progress).toHaveText(/^1 of \d+$/);
  const total = Number((await progress.textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThanOrEqual(4);
  const entry = page.getByTestId('call-entry');
  const first = await entry.getByTestId('call-entry-name').textContent();
  await expect(entry.getByTestId('call-tel')).toHaveAttribute('href', /^tel:\+?\d+$/);

  // Reached: a note, then the next entry.
  await entry.getByTestId('call-outcome-reached').tap();
  await entry.getByTestId('call-note').fill('Wants the glove offer by mail');
  await entry.getByTestId('call-log').tap();
  await expect(progress).toHaveText(`2 of ${total}`);
  await expect(entry.getByTestId('call-entry-name')).not.toHaveText(first!);

  // Voicemail: call again on a later day.
  const later = new Date(`${companyToday()}T12:00:00Z`);
  later.setUTCDate(later.getUTCDate() + 3);
  await entry.getByTestId('call-outcome-voicemail').tap();
  await entry.getByTestId('call-next-date').fill(later.toISOString().slice(0, 10));
  await entry.getByTestId('call-log').tap();
  await expect(progress).toHaveText(`3 of ${total}`);

  await entry.getByTestId('call-skip').tap();
  await expect(progress).toHaveText(`4 of ${total}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // The list page shows the same progress.
  await page.goto('/call-lists');
  const item = page.getByTestId('call-list-item').filter({ hasText: list });
  await expect(item.getByTestId('call-list-progress')).toHaveText(`4 of ${total}`);
});
