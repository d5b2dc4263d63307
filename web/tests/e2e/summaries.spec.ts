// Regular sales summaries in the browser (docs/summaries.md): manager1 finds the demo's "My
// team's day" among her summaries, subscribes an outside address (and a copy) to a weekly one, sends it at
// once from its page and follows the notice to the queued e-mail, which names the recipient and
// links back to the subscription; the page downloads last week's PDF, the list's "Download a
// summary" any period's workbook (and words a period that has not begun); the page does not
// scroll sideways on a phone; finance has no entry. Axe on the list, the page and the dialog.
import { readFileSync } from 'node:fs';
import { test, expect, expectNoSeriousA11yViolations, listLoaded, signInApi, unique } from './fixtures';

test.use({ uiLocale: 'en' });

test('manager1 subscribes an outside address to a weekly summary, sends it now and opens the e-mail', async ({ page }) => {
  await signInApi(page, 'manager1', '/');
  await page.getByTestId('nav-summary-subscriptions').click();
  await expect(page).toHaveURL(/\/summary-subscriptions$/);
  await listLoaded(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sales summaries');
  const demo = page.getByTestId('list-row').filter({ hasText: 'My team\'s day' });
  await expect(demo).toBeVisible();
  await expect(demo).toContainText('Daily');
  await expectNoSeriousA11yViolations(page, 'summaries list');

  // A new weekly subscription to someone outside Salesdesk.
  const name = `Weekly to the board ${unique()}`;
  const to = `board.${unique()}@outside.example`;
  await page.getByTestId('list-new').click();
  await expect(page).toHaveURL(/\/summary-subscriptions\/new$/);
  await page.getByTestId('field-name').fill(name);
  await page.getByTestId('field-cadence').selectOption('weekly');
  await page.getByTestId('field-recipient_email').fill(to);
  // A copy to the finance head, typed as people type: checked, lower-cased, once.
  const cc = `cfo.${unique()}@outside.example`;
  await page.getByTestId('field-cc_emails').fill(`${cc.toUpperCase()}; ${cc}`);
  await page.getByTestId('record-save').click();
  await expect(page).toHaveURL(/\/summary-subscriptions\/\d+$/);
  const subscriptionId = Number(new URL(page.url()).pathname.split('/').pop());
  await expect(page.getByTestId('record-title')).toHaveText(name);
  // Defaults of the contract: both formats, the team, active; nothing sent yet.
  await expect(page.getByTestId('field-formats')).toHaveValue('pdf_xlsx');
  await expect(page.getByTestId('field-scope')).toHaveValue('team');
  await expect(page.getByTestId('field-active')).toBeChecked();
  await expect(page.getByTestId('field-last_period')).toHaveValue('');
  await expect(page.getByTestId('field-last_period')).toBeDisabled();
  await expect(page.getByTestId('field-cc_emails')).toHaveValue(cc);

  // Send now: the notice names the recipient and links the queued e-mail.
  const card = page.getByTestId('summary-card');
  await expect(card).toContainText(`${to}, ${cc}`);
  await card.getByTestId('summary-send').click();
  const notice = card.getByTestId('summary-sent');
  await expect(notice).toContainText(`Queued for ${to}, ${cc}`);
  const link = notice.getByTestId('summary-sent-link');
  await expect(link).toHaveAttribute('href', /^\/outbox-messages\/\d+$/);
  const messageId = Number((await link.getAttribute('href'))!.split('/').pop());
  // The page shows what was sent (the last week's key and the e-mail), and keeps the record's
  // version current: a save right after is not a conflict.
  await expect(page.getByTestId('field-last_period')).toHaveValue(/^\d{4}-W\d{2}$/);
  await expect(page.getByTestId('field-last_message_id-open')).toHaveAttribute('href', `/outbox-messages/${messageId}`);
  await page.getByTestId('field-name').fill(`${name} (edited)`);
  await page.getByTestId('record-save').click();
  await expect(page.getByTestId('form-saved')).toHaveText('Saved.');
  await expect(page.getByTestId('conflict-banner')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'summary subscription page after sending');

  // The e-mail: its recipient, and a link back to the subscription that sent it.
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/outbox-messages/${messageId}$`));
  await expect(page.getByTestId('field-to_address')).toHaveValue(to);
  await expect(page.getByTestId('field-cc')).toHaveValue(cc);
  await expect(page.getByTestId('field-related_entity')).toHaveValue('summary-subscriptions');
  await expect(page.getByTestId('field-related_entity').locator('option:checked')).toHaveText('Sales summary');
  const back = page.getByTestId('field-related_id-open');
  await expect(back).toHaveAttribute('href', `/summary-subscriptions/${subscriptionId}`);
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/summary-subscriptions/${subscriptionId}$`));
  await expect(page.getByTestId('record-title')).toHaveText(`${name} (edited)`);

  // Last week's PDF, as the recipient gets it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('summary-download-pdf').click()]);
  expect(download.suggestedFilename()).toMatch(/^sales-summary-\d{4}-W\d{2}\.pdf$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
});

test('the list downloads any period\'s summary and words a period that has not begun', async ({ page }) => {
  await signInApi(page, 'manager1', '/summary-subscriptions');
  await listLoaded(page);
  await page.getByTestId('summary-download-open').click();
  const dialog = page.getByTestId('summary-download-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('summary-download-cadence').selectOption('monthly');
  await dialog.getByTestId('summary-download-date').fill('2026-01-15');
  await expect(dialog.getByTestId('summary-download-xlsx')).toHaveAttribute('href', /\/api\/v1\/sales-summary\/xlsx\?cadence=monthly&date=2026-01-15&scope=team&lang=en$/);
  await expectNoSeriousA11yViolations(page, 'download a summary dialog');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('summary-download-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toBe('sales-summary-2026-01.xlsx');
  expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString('latin1')).toBe('PK');

  await dialog.getByTestId('summary-download-cadence').selectOption('daily');
  await dialog.getByTestId('summary-download-date').fill('2099-06-01');
  await dialog.getByTestId('summary-download-pdf').click();
  await expect(dialog.getByTestId('summary-download-pdf-error')).toContainText('has not begun');
  await dialog.getByTestId('summary-download-close').click();
  await expect(dialog).toBeHidden();
});

test('phone width: a subscription\'s page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInApi(page, 'manager1', '/summary-subscriptions');
  await listLoaded(page);
  await page.getByTestId('list-row').filter({ hasText: 'My team\'s day' }).getByTestId('row-link').click();
  await expect(page.getByTestId('summary-card')).toBeVisible();
  await expect(page.getByTestId('field-last_period')).not.toHaveValue('');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('finance has no summaries', async ({ page }) => {
  await signInApi(page, 'finance', '/');
  await expect(page.locator('#sidenav a[href="/summary-subscriptions"]')).toHaveCount(0);
  await expect(page.getByTestId('nav-summary-subscriptions')).toHaveCount(0);
  const res = await page.request.get('/api/v1/summary-subscriptions');
  expect(res.status()).toBe(403);
});
