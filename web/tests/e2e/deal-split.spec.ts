// Split credit on a deal (RULES C-R2, decisions 0045, 0065, 0071): the owner's manager splits an
// open Commit deal of this month 50/50 between its owner and a teammate in the deal's "Credit
// split" card; after a reload the split shows, and the director's forecast grid moves exactly the
// teammate's half (Allocate of the amount in the company currency, the first listed getting the
// odd cent) from the owner's Commit to the teammate's. The teammate, credited but not the owner,
// cannot change the split. The split is put back to none at the end (the server is shared).
import type { APIRequestContext } from '@playwright/test';
import { test, expect, apiJson, companyToday, createAccount, expectNoSeriousA11yViolations, signInApi, unique, userId, USERS, type Page } from './fixtures';

type Money = { amount: string; currency: string };
type Deal = { id: number; title: string; owner_id: number; amount: Money | null; expected_close: string; forecast_category: string; closed_on: string | null };
type Totals = { closed: number; commit: number; best_case: number; open_pipeline: number };
type Grid = { currency: string; people: Array<{ user_id: number; own: Totals }> };
type User = { id: number; email: string; name: string };

/** "1234.5" → 123450 minor units (EUR: two decimals). */
function minor(amount: string): number {
  const [whole, frac = ''] = amount.split('.');
  expect(frac.length, `amount ${amount}`).toBeLessThanOrEqual(2);
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/** Allocate(total, shares): each its floor, the remaining cents one each by largest remainder, the first listed first. */
function allocate(total: number, shares: number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const parts = shares.map((s) => Math.floor((total * s) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = shares.map((s, i) => ({ i, rem: (total * s) % sum })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts;
}

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

async function commitOf(api: APIRequestContext, month: string, who: number): Promise<number> {
  const grid = await apiJson<Grid>(api, `/api/v1/forecasts/grid?period=${month}`);
  const person = grid.people.find((p) => p.user_id === who);
  expect(person, `user ${who} in the director's grid`).toBeTruthy();
  return person!.own.commit;
}

/**
 * An open Commit deal closing this month in the company currency, owned by a rep of manager1's
 * team other than rep1 (whom other specs change), and a teammate who is neither. A demo deal when
 * there is one; otherwise one made here in a Commit stage of a new pipeline.
 */
async function pickDeal(api: APIRequestContext, month: string, currency: string) {
  const manager = await userId(api, 'manager1');
  const rep1 = await userId(api, 'rep1');
  const teams = await apiJson<{ items: Array<{ id: number }> }>(api, `/api/v1/teams?leader_id=${manager}`);
  expect(teams.items.length, 'manager1 leads a team').toBe(1);
  const reps = (await apiJson<{ items: User[] }>(api, `/api/v1/users?team_id=${teams.items[0].id}&role=rep&active=true&sort=id&limit=100`))
    .items.filter((u) => u.id !== rep1);
  expect(reps.length, 'two reps of manager1 besides rep1').toBeGreaterThanOrEqual(2);

  const ids = reps.map((r) => r.id).join(',');
  const found = await apiJson<{ items: Deal[] }>(api, `/api/v1/opportunities?owner_id__in=${ids}&forecast_category=commit` +
    `&expected_close__gte=${month}-01&expected_close__lte=${lastDay(month)}&sort=id&limit=200`);
  // The demo splits some deals with a teammate already (decision 0071): take one that is not.
  let deal: Deal | undefined;
  for (const d of found.items) {
    if (d.closed_on || d.amount?.currency !== currency || minor(d.amount.amount) <= 0) continue;
    const rows = await apiJson<{ items: unknown[] }>(api, `/api/v1/opportunity-credit-splits?opportunity_id=${d.id}&limit=1`);
    if (rows.items.length === 0) {
      deal = d;
      break;
    }
  }
  if (!deal) {
    const u = unique();
    const owner = reps[0].id;
    const pipeline = await (await api.post('/api/v1/pipelines', { data: { name: `E2E split ${u}` } })).json();
    const stage = await (await api.post('/api/v1/pipeline-stages', {
      data: { pipeline_id: pipeline.id, position: 1, name: 'Commit', probability: 80, forecast_category: 'commit' } })).json();
    const account = await createAccount(api, { name: `Klinik split ${u}`, owner_id: owner, currency });
    const res = await api.post('/api/v1/opportunities', {
      data: { title: `Split ${u}`, account_id: account.id, amount: { amount: '2468.35', currency },
              expected_close: lastDay(month), stage_id: stage.id, owner_id: owner } });
    expect(res.status(), await res.text()).toBe(201);
    deal = (await res.json()) as Deal;
  }
  const owner = reps.find((r) => r.id === deal!.owner_id)!;
  const teammate = reps.find((r) => r.id !== owner.id)!;
  return { deal, owner, teammate };
}

/** Signs in as a demo rep by e-mail (the demo gives every rep the same password). */
async function signInRep(page: Page, email: string, path: string) {
  const res = await page.request.post('/api/v1/auth/login', { data: { email, password: USERS.rep1.password } });
  expect(res.status(), `API sign-in as ${email}`).toBe(200);
  await page.goto(path);
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

test('the owner\'s manager splits a Commit deal 50/50 and the forecast grid follows the split', async ({ page, browser, api }) => {
  const month = companyToday().slice(0, 7);
  const { currency } = await apiJson<Grid>(api, `/api/v1/forecasts/grid?period=${month}`);
  const { deal, owner, teammate } = await pickDeal(api, month, currency);
  const amount = minor(deal.amount!.amount);
  const [ownerPart, teammatePart] = allocate(amount, [5000, 5000]);
  expect(ownerPart + teammatePart).toBe(amount);
  expect(ownerPart - teammatePart).toBe(amount % 2);

  const splitUrl = `/api/v1/opportunities/${deal.id}/credit-splits`;
  try {
    const none = await apiJson<{ items: unknown[] }>(api, `/api/v1/opportunity-credit-splits?opportunity_id=${deal.id}&sort=position&limit=100`);
    expect(none.items, 'the deal starts without a split').toEqual([]);
    const before = { owner: await commitOf(api, month, owner.id), teammate: await commitOf(api, month, teammate.id) };

    await signInApi(page, 'manager1', `/opportunities/${deal.id}`);
    const card = page.getByTestId('credit-split');
    await expect(card.getByTestId('credit-split-note')).toContainText('forecast');
    await expect(card.getByTestId('credit-split-owner')).toBeVisible();
    // The first row is the owner at 100 %; the second takes the teammate, and both go to 50 %.
    await card.getByTestId('credit-split-add').click();
    await card.getByTestId('credit-split-add').click();
    const rows = card.getByTestId('credit-split-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0).locator('select').first()).toHaveValue(String(owner.id));
    await rows.nth(0).getByRole('textbox').fill('50');
    await rows.nth(1).locator('select').first().selectOption(String(teammate.id));
    await rows.nth(1).getByRole('textbox').fill('50');
    await expect(card.getByTestId('credit-split-total')).toHaveText('100.00 %');
    await expectNoSeriousA11yViolations(page, 'deal with its credit split');
    await card.getByTestId('credit-split-save').click();
    await expect(card.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    // After a reload the card reads the stored split.
    await page.reload();
    const again = page.getByTestId('credit-split').getByTestId('credit-split-row');
    await expect(again).toHaveCount(2);
    await expect(again.nth(0).locator('select').first()).toHaveValue(String(owner.id));
    await expect(again.nth(1).locator('select').first()).toHaveValue(String(teammate.id));
    await expect(again.nth(0).getByRole('textbox')).toHaveValue('50.00');
    await expect(again.nth(1).getByRole('textbox')).toHaveValue('50.00');
    await expect(page.getByTestId('credit-split-owner')).toHaveCount(0);
    const stored = await apiJson<{ items: Array<{ user_id: number; share_bp: number; kind: string; position: number }> }>(
      api, `/api/v1/opportunity-credit-splits?opportunity_id=${deal.id}&sort=position&limit=100`);
    expect(stored.items.map((s) => [s.user_id, s.share_bp, s.kind])).toEqual([[owner.id, 5000, 'revenue'], [teammate.id, 5000, 'revenue']]);

    // The director's grid: the teammate's Commit gains their half, the owner's loses it.
    await expect(async () => {
      expect(await commitOf(api, month, teammate.id) - before.teammate, 'teammate\'s Commit').toBe(teammatePart);
      expect(await commitOf(api, month, owner.id) - before.owner, 'owner\'s Commit').toBe(-teammatePart);
    }).toPass({ timeout: 15_000 });

    // The teammate is credited but does not own the deal: no form to change it (the page says the
    // deal is not visible, or shows the split read-only), and the server refuses the PUT.
    const rep = await browser.newPage();
    try {
      await signInRep(rep, teammate.email, `/opportunities/${deal.id}`);
      await expect(rep.getByTestId('record-error').or(rep.getByTestId('credit-split'))).toBeVisible();
      await expect(rep.getByTestId('credit-split-save')).toHaveCount(0);
      await expect(rep.getByTestId('credit-split-add')).toHaveCount(0);
      const csrf = String((await (await rep.request.get('/api/v1/auth/me')).json()).csrf_token ?? '');
      const put = await rep.request.put(splitUrl, {
        data: { credit_splits: [{ user_id: teammate.id, share_bp: 10000, kind: 'revenue' }] }, headers: { 'X-CSRF-Token': csrf } });
      expect([403, 404], `PUT as the teammate: ${put.status()}`).toContain(put.status());
    } finally {
      await rep.close();
    }
  } finally {
    const res = await api.put(splitUrl, { data: { credit_splits: [] } });
    expect(res.status(), `restore the split: ${await res.text()}`).toBe(200);
  }
});
