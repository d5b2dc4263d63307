// A junior manager's quote beyond her discount authority: created with 15 % off, submitted, pending
// with the senior manager, approved in his inbox with a comment, then seen approved (and
// notified) by her, sent, and downloaded as a PDF.
import { readFileSync } from 'node:fs';
import { test, expect, USERS, pickRef, refName, signInApi, userId, companyToday } from './fixtures';
import { findLine } from './sales-helpers';

test('manager1: 15 % discount → submit → senior1 approves → approved, sent, PDF', async ({ page, browser, api }) => {
  test.setTimeout(180_000);
  const manager = await userId(api, 'manager1');
  await signInApi(page, 'manager1', '/quotes');
  // One of her own accounts and a product with a list price for it (through her own session).
  const own = (await (await page.request.get(`/api/v1/accounts?owner_id=${manager}&limit=5&sort=id`)).json()).items as Array<{ id: number }>;
  const visible = own.length ? own : (await (await page.request.get('/api/v1/accounts?limit=5&sort=id')).json()).items as Array<{ id: number }>;
  const today = companyToday();
  // Prices do not depend on who asks: the director's token finds a priced product for them.
  const { account_id, product_id } = await findLine(api, visible.map((a) => a.id), today);

  // New quote: account, one line with a 15 % manual discount; the line is priced live.
  await page.goto('/quotes/new');
  await expect(page.getByTestId('record-title')).toHaveText(/^New quote$/i);
  await pickRef(page, 'field-account_id', account_id, await refName(api, 'accounts', account_id));
  await pickRef(page, 'line-product_id-0', product_id, await refName(api, 'products', product_id));
  await page.getByTestId('line-quantity-0').fill('10');
  await page.getByTestId('line-manual_discount_pct-0').fill('15');
  await expect(page.getByTestId('line-price-0')).toHaveAttribute('data-source', 'live');
  await expect(page.getByTestId('line-price-0')).toContainText(/\d/);
  // Before saving, the live preview already says what will need approval, with its totals.
  await expect(page.getByTestId('live-deviations')).toContainText('discount 15 % exceeds your 10 %');
  await expect(page.getByTestId('quote-totals')).toHaveAttribute('data-live', 'true');
  await expect(page.getByTestId('quote-total')).toContainText(/\d/);
  await page.getByTestId('record-save').click();
  await expect(page).toHaveURL(/\/quotes\/\d+$/);
  const quoteId = Number(new URL(page.url()).pathname.split('/').pop());
  await expect(page.getByTestId('quote-status')).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('line-price-0')).toHaveAttribute('data-source', 'saved');
  // No rate was typed: the line shows the default the server worked out, and its regime.
  await expect(page.getByTestId('line-tax-0')).toHaveAttribute('data-source', 'default');
  await expect(page.getByTestId('line-tax-0')).toHaveAttribute('data-regime', /^(domestic|reverse_charge|export|intra_eu_b2c)$/);
  await expect(page.getByTestId('quote-deviations')).toContainText('discount 15 % exceeds your 10 %');
  await expect(page.getByTestId('live-preview')).toHaveCount(0);  // saved: the stored figures
  const number = (await page.getByTestId('record-title').textContent())!.trim();

  // The explanation of the saved line opens.
  await page.getByTestId('line-explain-0').click();
  await expect(page.getByTestId('line-explanation-0').getByTestId('pricing-base')).toBeVisible();

  // Submit: beyond her 10 %, so it waits for Markus Hofmann.
  await page.getByTestId('quote-action-submit').click();
  await expect(page.getByTestId('quote-status')).toHaveAttribute('data-status', 'pending_approval');
  await expect(page.getByTestId('approval-state')).toContainText(`Waiting for approval by ${USERS.senior1.name}`);

  // senior1 approves it from his inbox, with a comment.
  const seniorContext = await browser.newContext({ baseURL: process.env.SALESDESK_E2E_URL });
  await seniorContext.addInitScript(() => localStorage.setItem('salesdesk.locale', 'en'));
  const senior = await seniorContext.newPage();
  await signInApi(senior, 'senior1', '/');
  await senior.getByTestId('nav-approvals').click();
  const item = senior.locator(`[data-testid="approval-item"][data-quote-id="${quoteId}"]`);
  await expect(item).toBeVisible();
  await expect(item.getByTestId('approval-quote-link')).toHaveText(number);
  await expect(item.getByTestId('approval-deviations')).toContainText('discount 15 %');
  await item.getByTestId('approval-comment').fill('OK for this order volume');
  await item.getByTestId('approve').click();
  await expect(senior.getByTestId('approvals-notice')).toContainText(number);
  await expect(item).toHaveCount(0);
  await seniorContext.close();

  // manager1 sees it approved, with the comment, and has a notification.
  await page.reload();
  await expect(page.getByTestId('quote-status')).toHaveAttribute('data-status', 'approved');
  await expect(page.getByTestId('approval-state')).toContainText(`Approved by ${USERS.senior1.name}`);
  await expect(page.getByTestId('approval-comment')).toContainText('OK for this order volume');
  await expect(page.getByTestId('notifications-count')).toBeVisible();
  await page.getByTestId('notifications-bell').click();
  await expect(page.getByTestId('notification-item').first()).toBeVisible();
  await page.getByTestId('notifications-bell').click();

  // Send it, then download the PDF.
  await page.getByTestId('quote-action-send').click();
  await expect(page.getByTestId('quote-status')).toHaveAttribute('data-status', 'sent');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('quote-action-pdf').click()]);
  const file = await download.path();
  const bytes = readFileSync(file!);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(bytes.length).toBeGreaterThan(1024);
});
