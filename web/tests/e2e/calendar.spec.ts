// The rep's week, the calendar feed URL and the outbox on the web (issue 11, docs/mail.md):
// rep1 plans a visit today (through the API) and finds it on this week's page, not on next week's,
// and again on coming back; manager1 picks rep1 and sees the same visit; rep1 issues a feed URL in
// the profile and a plain GET of it (no cookies) answers text/calendar with the visit; a quote
// e-mailed through the API shows in the outbox list with its state, and its record links the quote.
// Axe on each page.
import { request as pwRequest } from '@playwright/test';
import { test, expect, expectNoSeriousA11yViolations, signInApi, unique, userId, companyToday, type Page } from './fixtures';

test.use({ uiLocale: 'en' });

async function csrf(page: Page): Promise<string> {
  const me = await page.request.get('/api/v1/auth/me');
  return String((await me.json()).csrf_token ?? '');
}

/** A visit of the signed-in person planned today at 09:00 UTC (10:00 or 11:00 in Madrid: the same company day). */
async function planVisit(page: Page, subject: string): Promise<number> {
  const res = await page.request.post('/api/v1/activities', {
    data: { kind: 'visit', subject, status: 'planned', planned_at: `${companyToday()}T09:00:00Z`, duration_minutes: 45 },
    headers: { 'X-CSRF-Token': await csrf(page) },
  });
  expect(res.status(), `plan a visit: ${await res.text()}`).toBe(201);
  return Number((await res.json()).id);
}

test('rep1 sees a visit planned this week, goes to next week and back; manager1 picks rep1 and sees it too', async ({ page, browser, api }) => {
  const subject = `Wk visit ${unique()}`;
  await signInApi(page, 'rep1', '/today');
  const id = await planVisit(page, subject);

  await page.locator('#sidenav a[href="/calendar"]').click();
  const week = page.getByTestId('week-page');
  await expect(week.getByRole('heading', { level: 1 })).toHaveText('Week');
  const today = week.locator(`[data-testid="week-day"][data-date="${companyToday()}"]`);
  const item = today.getByTestId('week-item').filter({ hasText: subject });
  await expect(item).toBeVisible();
  await expect(item).toHaveAttribute('data-kind', 'visit');
  await expect(item.getByRole('link', { name: subject })).toHaveAttribute('href', `/activities/${id}`);
  await expect(week.getByTestId('week-day')).toHaveCount(7);
  await expectNoSeriousA11yViolations(page, 'week page');

  const range = await week.getByTestId('week-range').textContent();
  await week.getByTestId('week-next').click();
  await expect(week.getByTestId('week-range')).not.toHaveText(range ?? '');
  await expect(week.locator(`[data-testid="week-day"][data-date="${companyToday()}"]`)).toHaveCount(0);
  await expect(week.getByTestId('week-item').filter({ hasText: subject })).toHaveCount(0);
  await week.getByTestId('week-prev').click();
  await expect(week.getByTestId('week-range')).toHaveText(range ?? '');
  await expect(item).toBeVisible();

  // The record opens from the week.
  await item.getByRole('link', { name: subject }).click();
  await expect(page).toHaveURL(new RegExp(`/activities/${id}$`));

  // manager1 picks rep1 (a person of her team) and sees the same visit, named as rep1's.
  const rep1 = await userId(api, 'rep1');
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => localStorage.setItem('salesdesk.locale', 'en'));
  const mgr = await ctx.newPage();
  try {
    await signInApi(mgr, 'manager1', '/calendar');
    const pick = mgr.getByTestId('week-pick');
    await expect(pick.locator(`option[value="u:${rep1}"]`)).toHaveCount(1);
    await pick.selectOption(`u:${rep1}`);
    const seen = mgr.locator(`[data-testid="week-day"][data-date="${companyToday()}"]`).getByTestId('week-item').filter({ hasText: subject });
    await expect(seen).toBeVisible();
    await expectNoSeriousA11yViolations(mgr, 'week page, a leader picking a person');
  } finally {
    await ctx.close();
  }
});

test('rep1 issues a calendar feed URL in the profile; a plain GET of it answers the calendar with her visit', async ({ page }) => {
  const subject = `Feed visit ${unique()}`;
  await signInApi(page, 'rep1', '/today');
  await planVisit(page, subject);

  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-calendar-feed').click();
  const card = page.getByTestId('calendar-feed-card');
  await expect(card.getByRole('heading', { name: 'Calendar feed' })).toBeVisible();
  await expect(card.getByTestId('calendar-feed-warning')).toContainText('stops the previous one');
  // No URL before the button: the server keeps only a hash of the secret.
  await expect(card.getByTestId('calendar-feed-url')).toHaveCount(0);
  await card.getByTestId('calendar-feed-issue').click();
  const field = card.getByTestId('calendar-feed-url');
  await expect(field).toHaveValue(/\/api\/v1\/calendar\/feed\.ics\?token=.+/);
  const url = await field.inputValue();
  expect(url.startsWith(new URL(page.url()).origin + '/')).toBe(true);
  await expectNoSeriousA11yViolations(page, 'calendar feed card with its URL');

  // A calendar program: no session, no cookies, the URL alone.
  const anon = await pwRequest.newContext();
  try {
    const res = await anon.get(url);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/calendar');
    const ics = (await res.text()).replace(/\r\n[ \t]/g, ''); // unfold (RFC 5545 3.1)
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(subject);

    // A new URL stops the old one.
    await card.getByTestId('calendar-feed-issue').click();
    await expect(field).not.toHaveValue(url);
    expect((await anon.get(url)).status()).toBe(404);
    expect((await anon.get(await field.inputValue())).status()).toBe(200);
  } finally {
    await anon.dispose();
  }
});

test('the outbox lists a quote e-mailed through the API, newest first, with its state', async ({ page }) => {
  await signInApi(page, 'rep1', '/today');
  const token = await csrf(page);
  // One of rep1's quotes that may be e-mailed (approved, sent or accepted).
  let quoteId = 0;
  for (const status of ['sent', 'accepted', 'approved']) {
    const r = await page.request.get(`/api/v1/quotes?status=${status}&limit=1`);
    expect(r.status()).toBe(200);
    const items = (await r.json()).items as Array<{ id: number }>;
    if (items.length) { quoteId = items[0].id; break; }
  }
  expect(quoteId, 'rep1 has a quote that may be e-mailed (demo)').toBeGreaterThan(0);
  const subject = `Outbox check ${unique()}`;
  const sent = await page.request.post(`/api/v1/quotes/${quoteId}/email`, {
    data: { to: `buyer.${unique()}@example.com`, subject },
    headers: { 'X-CSRF-Token': token },
  });
  expect(sent.status(), await sent.text()).toBe(201);
  const message = await sent.json();

  await page.locator('#sidenav a[href="/outbox-messages"]').click();
  await expect(page).toHaveURL(/\/outbox-messages/);
  await expect(page.getByRole('columnheader', { name: 'State' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Last error' })).toBeVisible();
  // Newest first: ours is at the top, unless another spec e-mailed meanwhile (then it is among the first).
  const row = page.locator(`[data-testid="list-row"][data-id="${message.id}"]`);
  await expect(row).toBeVisible();
  await expect(row).toContainText(subject);
  await expect(row.locator('.badge')).toHaveText('Queued');
  await expectNoSeriousA11yViolations(page, 'outbox list');

  // The message's record links the quote it carried (related_id, of the kind related_entity).
  await row.getByTestId('row-link').click();
  await expect(page).toHaveURL(new RegExp(`/outbox-messages/${message.id}$`));
  const open = page.getByTestId('field-related_id-open');
  await expect(open).toHaveAttribute('href', `/quotes/${quoteId}`);
  await open.click();
  await expect(page).toHaveURL(new RegExp(`/quotes/${quoteId}$`));

  // The demo's bounced message (failed, six attempts) stands out where rep1 has one.
  await page.goto('/outbox-messages?state=failed');
  const failed = page.getByTestId('list-row').first().or(page.getByTestId('list-empty'));
  await expect(failed).toBeVisible();
  for (const badge of await page.locator('[data-testid="list-row"] .badge').all()) {
    await expect(badge).toHaveText('Failed');
    await expect(badge).toHaveClass(/s-failed/);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the week is one section per day under each other, without sideways scrolling', async ({ page }) => {
    // rep2: rotating rep1's feed here would break the feed test running beside it.
    await signInApi(page, 'rep2', '/calendar');
    const days = page.getByTestId('week-day');
    await expect(days).toHaveCount(7);
    const [a, b] = [await days.nth(0).boundingBox(), await days.nth(1).boundingBox()];
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.goto('/me/calendar-feed');
    await page.getByTestId('calendar-feed-issue').click();
    await expect(page.getByTestId('calendar-feed-url')).toHaveValue(/token=/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

test('finance has no week, feed or outbox', async ({ page }) => {
  await signInApi(page, 'finance', '/');
  await expect(page.locator('#sidenav a[href="/calendar"]')).toHaveCount(0);
  await expect(page.locator('#sidenav a[href="/outbox-messages"]')).toHaveCount(0);
  await page.getByTestId('user-menu').click();
  await expect(page.getByTestId('user-menu-calendar-feed')).toHaveCount(0);
  await page.goto('/calendar');
  await expect(page.getByTestId('forbidden')).toBeVisible();
});
