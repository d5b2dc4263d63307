// Customer requests (the requests module): rep1 records a customer's request for one of their
// accounts, answers it on its page (a PATCH with If-Match) and finds it under "answered"; a
// request past its 24-hour answer time is marked overdue, on its page and on its account's
// Overview; admins have no entry; the request's page works on a phone.
import { test, expect, apiJson, createAccount, expectNoSeriousA11yViolations, listLoaded, pickRef, refName, signInApi, unique, userId, type Page } from './fixtures';
import type { APIRequestContext } from '@playwright/test';

type Request = {
  id: number; version: number; subject: string; account_id: number; owner_id: number; status: string;
  received_at: string; due_at: string; answer: string | null; answered_at: string | null; answered_on_time: boolean | null;
};

/** One of rep1's own accounts (a request's owner defaults to its account's owner). */
async function rep1Account(api: APIRequestContext) {
  const rep1 = await userId(api, 'rep1');
  const page = await apiJson<{ items: Array<{ id: number; owner_id: number }> }>(api, `/api/v1/accounts?owner_id=${rep1}&sort=id&limit=1`);
  expect(page.items.length, 'rep1 owns a demo account').toBe(1);
  return { rep1, id: page.items[0].id, name: await refName(api, 'accounts', page.items[0].id) };
}

/** A request received `hoursAgo` hours ago, created by the director for rep1's account. */
async function requestReceived(api: APIRequestContext, accountId: number, hoursAgo: number, subject: string): Promise<Request> {
  const received = new Date(Date.now() - hoursAgo * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const res = await api.post('/api/v1/customer-requests', {
    data: { account_id: accountId, subject, kind: 'complaint', channel: 'email', received_at: received },
  });
  expect(res.status(), `create request: ${await res.text()}`).toBe(201);
  return res.json();
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('a rep records a customer request, answers it on its page and finds it among the answered', async ({ page, api }) => {
  const account = await rep1Account(api);
  const subject = `Glove samples ${unique()}`;
  await signInApi(page, 'rep1', '/');
  await page.getByTestId('nav-customer-requests').click();
  await expect(page).toHaveURL(/\/customer-requests$/);
  await listLoaded(page);
  await page.getByTestId('list-new').click();
  await expect(page).toHaveURL(/\/customer-requests\/new$/);
  await pickRef(page, 'field-account_id', account.id, account.name);
  await page.getByTestId('field-kind').selectOption('sample');
  await expect(page.getByTestId('field-kind').locator('option:checked')).toHaveText('Sample');
  await page.getByTestId('field-channel').selectOption('phone');
  await page.getByTestId('field-subject').fill(subject);
  await page.getByTestId('field-details').fill('50 boxes of nitrile gloves, size M, to try in the ward.');
  await page.getByTestId('record-save').click();
  await expect(page).toHaveURL(/\/customer-requests\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  await expect(page.getByTestId('record-title')).toHaveText(subject);

  // Received just now, owned by the account's owner, due in 24 hours: open, not overdue.
  const created = await apiJson<Request>(api, `/api/v1/customer-requests/${id}`);
  expect(created).toMatchObject({ account_id: account.id, owner_id: account.rep1, status: 'open', answer: null });
  expect(Date.parse(created.due_at) - Date.parse(created.received_at)).toBe(24 * 3600_000);
  const card = page.getByTestId('request-answer');
  await expect(card.getByTestId('request-open')).toBeVisible();
  await expect(card.getByTestId('request-overdue')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'an open customer request');

  // Answer it: the card PATCHes only the answer, with the record's version as If-Match.
  await expect(card.getByTestId('request-answer-submit')).toBeDisabled();
  await card.getByTestId('request-answer-text').fill('Called back: samples sent with tomorrow\'s delivery.');
  const [patch] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'PATCH' && new URL(r.url()).pathname === `/api/v1/customer-requests/${id}`),
    card.getByTestId('request-answer-submit').click(),
  ]);
  expect(patch.postDataJSON()).toEqual({ answer: 'Called back: samples sent with tomorrow\'s delivery.' });
  expect(patch.headers()['if-match']).toBe(`"${created.version}"`);
  await expect(card.getByTestId('request-answered')).toContainText('Answered on time');
  await expect(card.getByTestId('request-answer-given')).toHaveText('Called back: samples sent with tomorrow\'s delivery.');
  await expect(card.getByTestId('request-answer-text')).toHaveCount(0);
  // The form shows the saved record (the server's read-only fields are not in the form).
  await expect(page.getByTestId('field-answer')).toHaveValue('Called back: samples sent with tomorrow\'s delivery.');
  const answered = await apiJson<Request>(api, `/api/v1/customer-requests/${id}`);
  expect(answered).toMatchObject({ status: 'answered', answered_on_time: true, answer: 'Called back: samples sent with tomorrow\'s delivery.' });
  expect(answered.answered_at).not.toBeNull();
  await expectNoSeriousA11yViolations(page, 'an answered customer request');

  // The list filtered to the answered ones shows it (newest first).
  await page.goto('/customer-requests');
  await listLoaded(page);
  await page.getByTestId('filter-status').selectOption('answered');
  await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('answered');
  await listLoaded(page);
  const row = page.getByTestId('list-row').filter({ hasText: subject });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Answered');
  // Every row shown is an answered request.
  const shown = await page.getByTestId('list-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-id'))));
  expect(shown).toContain(id);
  for (const rid of shown) expect((await apiJson<Request>(api, `/api/v1/customer-requests/${rid}`)).status, `row ${rid}`).toBe('answered');
});

test('a request past its 24 hours is marked overdue until answered, then answered late', async ({ page, api }) => {
  // An account of rep1's own with no other request (its Overview lists the oldest five open ones).
  const rep1 = await userId(api, 'rep1');
  const created = await createAccount(api, { name: `E2E Requests ${unique()}`, owner_id: rep1 });
  const account = { rep1, id: Number(created.id) };
  const request = await requestReceived(api, account.id, 30, `Wrong invoice address ${unique()}`);
  expect(request).toMatchObject({ owner_id: account.rep1, status: 'open' });
  await signInApi(page, 'rep1', `/customer-requests/${request.id}`);
  const card = page.getByTestId('request-answer');
  await expect(card.getByTestId('request-overdue')).toHaveText('Overdue');
  await expect(card.getByTestId('request-open')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'an overdue customer request');

  // The account's Overview lists it among its open requests, marked overdue.
  await page.goto(`/accounts/${account.id}`);
  const open = page.getByTestId('account-requests').locator(`[data-testid="account-request"][data-id="${request.id}"]`);
  await expect(open).toContainText(request.subject);
  await expect(open.getByTestId('account-request-overdue')).toHaveText('Overdue');
  // "New request" opens the form with the account filled in.
  await page.getByTestId('account-request-new').click();
  await expect(page).toHaveURL(new RegExp(`/customer-requests/new\\?account_id=${account.id}$`));
  await expect(page.getByTestId('field-account_id')).toHaveAttribute('data-value', String(account.id));
  await page.goto(`/customer-requests/${request.id}`);
  await card.getByTestId('request-answer-text').fill('Corrected the address, credit note and new invoice sent.');
  await card.getByTestId('request-answer-submit').click();
  await expect(card.getByTestId('request-answered')).toContainText('Answered late');
  await expect(card.getByTestId('request-overdue')).toHaveCount(0);
  expect(await apiJson<Request>(api, `/api/v1/customer-requests/${request.id}`)).toMatchObject({ status: 'answered', answered_on_time: false });
  // Answered, it leaves the account's open requests.
  await page.goto(`/accounts/${account.id}`);
  await expect(page.getByTestId('account-requests')).toBeVisible();
  await expect(page.getByTestId('account-requests').locator(`[data-testid="account-request"][data-id="${request.id}"]`)).toHaveCount(0);
});

test('admin has no customer requests entry and no screen', async ({ page }) => {
  await signInApi(page, 'admin', '/');
  await expect(page.getByTestId('nav-products')).toBeVisible();
  await expect(page.getByTestId('nav-customer-requests')).toHaveCount(0);
  await page.goto('/customer-requests');
  await expect(page.getByTestId('forbidden')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the requests list and a request\'s answer card do not scroll the page sideways', async ({ page, api }) => {
    const account = await rep1Account(api);
    const request = await requestReceived(api, account.id, 1, `Price list for 2027 ${unique()}`);
    await signInApi(page, 'rep1', '/customer-requests');
    await listLoaded(page);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.goto(`/customer-requests/${request.id}`);
    const card = page.getByTestId('request-answer');
    await expect(card.getByTestId('request-open')).toBeVisible();
    await card.getByTestId('request-answer-text').scrollIntoViewIfNeeded();
    await expect(card.getByTestId('request-answer-text')).toBeInViewport();
    await expect(card.getByTestId('request-answer-submit')).toBeVisible();
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
  });
});
