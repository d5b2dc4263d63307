// The pipeline board: a rep moves a deal to the Commit stage with the keyboard and another with
// the mouse, and the column totals move; on a phone the stage picker moves a deal; the server
// records the stage and its category (docs/pipeline.md).
import { test, expect, apiJson, createAccount, expectNoSeriousA11yViolations, signInApi, unique, userId } from './fixtures';
import type { APIRequestContext } from '@playwright/test';

type Deal = { id: number; stage_id: number; forecast_category: string; probability: number };

async function post<T>(api: APIRequestContext, path: string, data: Record<string, unknown>): Promise<T> {
  const res = await api.post(path, { data });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

/** A pipeline of two stages and deals of rep1 in the first, each of `amounts` euros. */
async function setUp(api: APIRequestContext, amounts: string[]) {
  const u = unique();
  const pipeline = await post<{ id: number }>(api, '/api/v1/pipelines', { name: `E2E ${u}` });
  const qualified = await post<{ id: number }>(api, '/api/v1/pipeline-stages', {
    pipeline_id: pipeline.id, position: 1, name: 'Qualified', probability: 25, forecast_category: 'pipeline' });
  const commit = await post<{ id: number }>(api, '/api/v1/pipeline-stages', {
    pipeline_id: pipeline.id, position: 2, name: 'Commit', probability: 75, forecast_category: 'commit' });
  const owner = await userId(api, 'rep1');
  const account = await createAccount(api, { name: `Klinik ${u}`, owner_id: owner });
  const deals: Deal[] = [];
  for (const [i, amount] of amounts.entries()) {
    deals.push(await post<Deal>(api, '/api/v1/opportunities', {
      title: `Pumps ${i + 1} ${u}`, account_id: account.id, amount: { amount, currency: 'EUR' },
      expected_close: '2027-03-31', stage_id: qualified.id, owner_id: owner }));
  }
  return { pipeline: pipeline.id, qualified: qualified.id, commit: commit.id, deals };
}

test('a rep moves a deal to Commit with the keyboard and another with the mouse; the totals move', async ({ page, api }) => {
  const s = await setUp(api, ['1000', '500']);
  await signInApi(page, 'rep1', `/pipeline?pipeline=${s.pipeline}`);
  const commitTotal = page.getByTestId('total-Commit');
  const qualifiedTotal = page.getByTestId('total-Qualified');
  await expect(qualifiedTotal).toHaveText('€1,500.00');
  await expect(commitTotal).toHaveText('€0.00');
  await expectNoSeriousA11yViolations(page, 'pipeline board');

  // Keyboard: focus the card, Enter picks it up, the arrow chooses Commit, Enter drops it.
  const first = page.getByTestId(`card-${s.deals[0].id}`);
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-announcement')).toContainText('Picked up');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('board-announcement')).toContainText('Target stage: Commit');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-announcement')).toContainText('Moved');
  await expect(commitTotal).toHaveText('€1,000.00');
  await expect(qualifiedTotal).toHaveText('€500.00');
  await expect(page.getByTestId('column-Commit').getByTestId(`card-${s.deals[0].id}`)).toBeVisible();
  const moved = await apiJson<Deal>(api, `/api/v1/opportunities/${s.deals[0].id}`);
  expect(moved.stage_id).toBe(s.commit);
  expect(moved.forecast_category).toBe('commit');
  expect(moved.probability).toBe(75);

  // Mouse: drag the second card onto the Commit column.
  await page.getByTestId(`card-${s.deals[1].id}`).dragTo(page.getByTestId('column-Commit'));
  await expect(commitTotal).toHaveText('€1,500.00');
  await expect(qualifiedTotal).toHaveText('€0.00');
  expect((await apiJson<Deal>(api, `/api/v1/opportunities/${s.deals[1].id}`)).stage_id).toBe(s.commit);
  // Escape puts a picked-up card back.
  await page.getByTestId(`card-${s.deals[1].id}`).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('board-announcement')).toContainText('cancelled');
  await expect(commitTotal).toHaveText('€1,500.00');
});

test('on a phone the stage picker moves a deal', async ({ page, api }) => {
  const s = await setUp(api, ['250']);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInApi(page, 'rep1', `/pipeline?pipeline=${s.pipeline}`);
  const card = page.locator('li.card').filter({ has: page.getByTestId(`card-${s.deals[0].id}`) });
  await card.getByLabel('Stage').selectOption(String(s.commit));
  await expect(page.getByTestId('total-Commit')).toHaveText('€250.00');
  expect((await apiJson<Deal>(api, `/api/v1/opportunities/${s.deals[0].id}`)).stage_id).toBe(s.commit);
});

test('the deal page shows its stage history', async ({ page, api }) => {
  const s = await setUp(api, ['100']);
  const etag = (await api.get(`/api/v1/opportunities/${s.deals[0].id}`)).headers()['etag'];
  const res = await api.patch(`/api/v1/opportunities/${s.deals[0].id}`, { data: { stage_id: s.commit }, headers: { 'If-Match': etag } });
  expect(res.status(), await res.text()).toBe(200);
  await signInApi(page, 'rep1', `/opportunities/${s.deals[0].id}`);
  const history = page.getByTestId('deal-history');
  await expect(history).toContainText('Qualified → Commit');
});
