// Call lists (issue 11, decision 0057): on a phone, a telemarketer saves a view of their
// accounts, builds a call list from it, logs two calls (one with a call-back date) and skips one,
// and sees the progress move; the list page shows how far the list is worked. A manager hands a
// rep's list to a teammate (someone outside the team is refused at the row); a worker closes a
// list by hand after confirming.
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Browser } from '@playwright/test';
import { test, expect, signInApi, unique, companyToday, apiJson, userId, createAccount, USERS, type UserKey } from './fixtures';

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

/** A fresh list of accounts built by `who` through the API with their session (the demo list stays as it is). */
async function buildList(browser: Browser, who: UserKey, name: string, query = 'sort=name'): Promise<{ id: number; version: number; entries_total: number }> {
  const page = await browser.newPage();
  try {
    const login = await page.request.post('/api/v1/auth/login', { data: { email: USERS[who].email, password: USERS[who].password } });
    expect(login.status(), `API sign-in as ${who}`).toBe(200);
    const csrf = String((await (await page.request.get('/api/v1/auth/me')).json()).csrf_token ?? '');
    const res = await page.request.post('/api/v1/call-lists', {
      data: { name, entity: 'accounts', query },
      headers: { 'X-CSRF-Token': csrf, 'Idempotency-Key': randomUUID() },
    });
    expect(res.status(), `build a call list: ${await res.text()}`).toBe(201);
    return res.json();
  } finally {
    await page.close();
  }
}

type User = { id: number; name: string; team_id: number | null };

/** A rep of manager1's team other than rep1, and an active rep outside that team. */
async function teammateAndOutsider(api: APIRequestContext): Promise<{ mate: User; outsider: User | undefined }> {
  const manager = await userId(api, 'manager1');
  const rep1 = await userId(api, 'rep1');
  const teams = await apiJson<{ items: Array<{ id: number }> }>(api, `/api/v1/teams?leader_id=${manager}`);
  expect(teams.items.length, 'manager1 leads a team').toBe(1);
  const team = teams.items[0].id;
  const reps = (await apiJson<{ items: User[] }>(api, `/api/v1/users?role=rep&active=true&sort=id&limit=200`)).items;
  const mate = reps.find((u) => u.team_id === team && u.id !== rep1);
  expect(mate, 'a rep of manager1 besides rep1').toBeTruthy();
  return { mate: mate!, outsider: reps.find((u) => u.team_id !== team) };
}

test('a manager hands a rep\'s open list to a teammate', async ({ page, browser, api }) => {
  // The new worker must see the records still to call (else 422 call_list.worker_cannot_see):
  // rep1's list of one fresh account of hers, whose account then goes to the teammate first, as a
  // leader would do before handing the calls over.
  const u = unique();
  const name = `Hand over ${u}`;
  const rep1 = await userId(api, 'rep1');
  const { mate, outsider } = await teammateAndOutsider(api);
  const account = await createAccount(api, { name: `Hand-over clinic ${u}`, owner_id: rep1, phone: '+34 911 000 111' });
  const list = await buildList(browser, 'rep1', name, `name=${encodeURIComponent(account.name)}`);
  expect(list.entries_total).toBe(1);
  const moved = await api.patch(`/api/v1/accounts/${account.id}`, { data: { owner_id: mate.id }, headers: { 'If-Match': `"${account.version}"` } });
  expect(moved.status(), `account to the teammate: ${await moved.text()}`).toBe(200);

  await signInApi(page, 'manager1', '/call-lists');
  const item = page.getByTestId('call-lists-team').getByTestId('call-list-item').filter({ hasText: name });
  await expect(item).toBeVisible();
  await expect(item.getByTestId('call-list-owner')).toHaveAttribute('data-owner-id', String(rep1));

  // Someone the manager does not lead: the server's words at the row, the owner unchanged.
  expect(outsider, 'an active rep outside manager1\'s team').toBeTruthy();
  await item.getByTestId('call-list-hand-to').selectOption(String(outsider!.id));
  await item.getByTestId('call-list-hand-over').tap();
  await expect(item.getByTestId('call-list-row-error')).toBeVisible();
  await expect(item.getByTestId('call-list-row-error')).not.toBeEmpty();
  expect((await apiJson<{ owner_id: number }>(api, `/api/v1/call-lists/${list.id}`)).owner_id).toBe(rep1);

  await item.getByTestId('call-list-hand-to').selectOption(String(mate.id));
  await item.getByTestId('call-list-hand-over').tap();
  await expect(item.getByTestId('call-list-row-note')).toHaveText(`Handed over to ${mate.name}.`);
  await expect(item.getByTestId('call-list-owner')).toHaveAttribute('data-owner-id', String(mate.id));
  await expect(item.getByTestId('call-list-row-error')).toHaveCount(0);
  const after = await apiJson<{ owner_id: number; version: number; status: string }>(api, `/api/v1/call-lists/${list.id}`);
  expect(after.owner_id).toBe(mate.id);
  expect(after.status).toBe('open');
  expect(after.version).toBeGreaterThan(list.version);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a worker closes a list by hand', async ({ page, browser, api }) => {
  const name = `Close by hand ${unique()}`;
  const list = await buildList(browser, 'rep1', name);
  await signInApi(page, 'rep1', `/call-lists/${list.id}/work`);
  const progress = page.getByTestId('call-progress');
  await expect(progress).toHaveText(`1 of ${list.entries_total}`);
  await page.getByTestId('call-skip').tap();
  await expect(progress).toHaveText(`2 of ${list.entries_total}`);
  const left = list.entries_total - 1;

  // Asked first; Cancel keeps the list open.
  await page.getByTestId('call-close').tap();
  const confirm = page.getByTestId('call-close-confirm');
  await expect(confirm).toContainText(`The calls still to make (${left}) will not be made.`);
  await confirm.getByTestId('call-close-no').tap();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByTestId('call-entry')).toBeVisible();

  await page.getByTestId('call-close').tap();
  await page.getByTestId('call-close-yes').tap();
  await expect(page.getByTestId('call-closed')).toBeVisible();
  await expect(progress).toHaveText(`Closed, ${left} not called`);
  await expect(page.getByTestId('call-entry')).toHaveCount(0);
  await expect(page.getByTestId('call-close')).toHaveCount(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  const next = await apiJson<{ list: { status: string }; entry: unknown }>(api, `/api/v1/call-lists/${list.id}/next`);
  expect(next.entry).toBeNull();
  expect(next.list.status).toBe('closed');
  // Its pending entries are no longer called.
  const pending = await apiJson<{ items: Array<{ id: number }> }>(api, `/api/v1/call-list-entries?call_list_id=${list.id}&status=pending&limit=1`);
  expect(pending.items.length).toBe(1);
  const skip = await api.post(`/api/v1/call-list-entries/${pending.items[0].id}/skip`, { data: {} });
  expect(skip.status()).toBe(409);
  expect((await skip.json()).code).toBe('call_list.closed');

  // The list page says so too.
  await page.goto('/call-lists');
  const item = page.getByTestId('call-list-item').filter({ hasText: name });
  await expect(item.getByTestId('call-list-progress')).toHaveText(`Closed, ${left} not called`);
  await expect(item.getByTestId('call-list-work')).toHaveCount(0);
});

test('a rep rebuilds a list from its view and a new record joins it', async ({ page }) => {
  // The view's search is a token only this test's records carry: other specs' records on the
  // same server do not change its counts.
  const tag = unique();
  const view = `Rebuild ${tag}`;
  const name = `Rebuilt ${tag}`;
  await signInApi(page, 'rep1', '/');
  const csrf = String((await (await page.request.get('/api/v1/auth/me')).json()).csrf_token ?? '');
  const asRep = (path: string, data: unknown) => page.request.post(path, { data, headers: { 'X-CSRF-Token': csrf } });
  const account = async (word: string) => {
    const res = await asRep('/api/v1/accounts', { kind: 'company', country: 'ES', currency: 'EUR', name: `Clinic ${tag} ${word}`, phone: '+34 911 000 222' });
    expect(res.status(), `create account: ${await res.text()}`).toBe(201);
  };
  await account('Uno');
  await account('Dos');
  const saved = await asRep('/api/v1/saved-views', { name: view, list: 'accounts', query: `q=${tag}&sort=name` });
  expect(saved.status(), `save the view: ${await saved.text()}`).toBe(201);

  await page.goto('/call-lists');
  const form = page.getByTestId('call-list-new');
  await form.getByTestId('call-list-view').selectOption({ label: `${view} · Accounts` });
  await form.getByTestId('call-list-name').fill(name);
  await form.getByTestId('call-list-build').tap();
  await expect(page).toHaveURL(/\/call-lists\/\d+\/work$/);
  await expect(page.getByTestId('call-progress')).toHaveText('1 of 2');

  // A record the view now lists too.
  await account('Tres');

  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/call-lists');
  const item = page.getByTestId('call-lists-mine').getByTestId('call-list-item').filter({ hasText: name });
  await expect(item.getByTestId('call-list-progress')).toHaveText('1 of 2');
  await item.getByTestId('call-list-rebuild').tap();
  await expect(item.getByTestId('call-list-row-note')).toHaveText('Rebuilt from the view: 1 added, 0 dropped, 0 updated.');
  await expect(item.getByTestId('call-list-progress')).toHaveText('1 of 3');
  await expect(item.getByTestId('call-list-row-error')).toHaveCount(0);
  await expect(item.getByTestId('call-list-rebuild')).toBeEnabled();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // Working it, the new record comes last.
  await item.getByTestId('call-list-work').tap();
  await expect(page.getByTestId('call-progress')).toHaveText('1 of 3');
});
