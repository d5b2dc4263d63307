// The day's report (issue 11, decision 0054): on a phone the rep writes today's report on the
// Today page and submits it; their manager finds it in the review queue, comments and marks it
// reviewed; the rep then sees it reviewed with the comment.
import { test, expect, signInApi, unique } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('a rep submits today\'s report and the manager reviews it', async ({ page: rep, browser }) => {
  const note = `Two clinics visited, tender news ${unique()}`;
  const comment = `Good, follow the tender ${unique()}`;

  await signInApi(rep, 'rep1', '/today');
  const card = rep.getByTestId('report-card');
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { name: "Today's report" })).toBeVisible();
  // The figures are the server's count of the day, shown before anything is written.
  await expect(card.getByTestId('figure-calls')).toHaveText(/^\d+$/);
  await card.getByTestId('report-note').fill(note);
  await card.getByTestId('report-submit').tap();
  await expect(card.getByTestId('report-notice')).toHaveText('Report submitted.');
  await expect(card.getByTestId('report-state')).toHaveText('Submitted');
  await expect(card.getByTestId('report-note')).toBeDisabled();
  const overflow = await rep.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // The manager at a desk, in English too (the demo users' own locale is Spanish).
  const desk = await browser.newContext({ baseURL: process.env.SALESDESK_E2E_URL });
  await desk.addInitScript(() => localStorage.setItem('salesdesk.locale', 'en'));
  const manager = await desk.newPage();
  await signInApi(manager, 'manager1', '/daily-reports/review');
  const item = manager.getByTestId('review-item').filter({ hasText: note });
  await expect(item).toHaveCount(1);
  await item.getByTestId('review-comment').fill(comment);
  await item.getByTestId('review-mark').click();
  await expect(manager.getByTestId('review-notice')).toBeVisible();
  await expect(manager.getByTestId('review-item').filter({ hasText: note })).toHaveCount(0);

  await rep.reload();
  await expect(card.getByTestId('report-state')).toHaveText('Reviewed');
  await expect(card.getByTestId('report-comment')).toContainText(comment);
  await desk.close();
});
