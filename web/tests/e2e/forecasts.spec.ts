// The forecast grid: a manager adjusts a rep's Commit with a reason, and the director sees both
// the rep's computed number and the manager's adjustment (docs/forecasts.md, RULES.md D-R3); a
// deal a rep moves to Commit on the board moves the manager's grid.
import { test, expect, apiJson, companyToday, createAccount, signInApi, unique, userId } from './fixtures';

test('a manager adjusts a rep\'s Commit and the director sees both', async ({ browser, api }) => {
  const u = unique();
  const month = companyToday().slice(0, 7);
  const pipeline = await (await api.post('/api/v1/pipelines', { data: { name: `E2E ${u}` } })).json();
  const stage = await (await api.post('/api/v1/pipeline-stages', {
    data: { pipeline_id: pipeline.id, position: 1, name: 'Commit', probability: 75, forecast_category: 'commit' } })).json();
  const owner = await userId(api, 'rep1');
  const account = await createAccount(api, { name: `Klinik ${u}`, owner_id: owner });
  const deal = await api.post('/api/v1/opportunities', {
    data: { title: `Pumps ${u}`, account_id: account.id, amount: { amount: '1000', currency: 'EUR' },
            expected_close: `${month}-28`, stage_id: stage.id, owner_id: owner } });
  expect(deal.status(), await deal.text()).toBe(201);

  const repName = (await apiJson<{ name: string }>(api, `/api/v1/users/${owner}`)).name;

  const manager = await browser.newPage();
  await signInApi(manager, 'manager1', '/forecasts');
  const repRow = manager.getByTestId('forecast-row').filter({ hasText: repName });
  await repRow.getByTestId('forecast-adjust').click();
  const reason = `Tender slipped ${u}`;
  await repRow.getByTestId('forecast-value').fill('1');
  await repRow.getByTestId('forecast-reason').fill(reason);
  await repRow.getByTestId('forecast-save').click();
  await expect(repRow.getByText(reason)).toBeVisible();
  // The manager sees their adjusted number, with the rep's computed one beside it.
  const adjusted = await repRow.getByTestId('forecast-commit').innerText();
  const computedLine = repRow.getByTestId('forecast-computed-commit');
  await expect(computedLine).toBeVisible();

  const director = await browser.newPage();
  await signInApi(director, 'director', '/forecasts');
  const seen = director.getByTestId('forecast-row').filter({ hasText: repName });
  // The director sees the rep's computed Commit (the one beside the manager's) and the
  // manager's adjusted one with its reason.
  const computed = await seen.getByTestId('forecast-commit').innerText();
  expect(computed).not.toBe(adjusted);
  await expect(computedLine).toContainText(computed);
  await expect(seen.getByTestId('forecast-adjustment')).toContainText(reason);
  await expect(seen.getByTestId('forecast-adjustment')).toContainText(adjusted);
});

test('the history keeps an adjustment that was changed and one withdrawn', async ({ page, api }) => {
  const owner = await userId(api, 'rep1');
  const repName = (await apiJson<{ name: string }>(api, `/api/v1/users/${owner}`)).name;
  const u = unique();
  await signInApi(page, 'manager1', '/forecasts');
  const row = page.getByTestId('forecast-row').filter({ hasText: repName });
  const adjust = async (value: string, reason: string) => {
    await row.getByTestId('forecast-adjust').click();
    await row.getByTestId('forecast-category').selectOption('best_case');
    await row.getByTestId('forecast-value').fill(value);
    await row.getByTestId('forecast-reason').fill(reason);
    await row.getByTestId('forecast-save').click();
    await expect(row.getByTestId('forecast-adjustment').filter({ hasText: reason })).toBeVisible();
  };
  await adjust('500', `First guess ${u}`);
  const history = row.getByTestId('forecast-history');
  await history.locator('summary').click();
  await expect(history.getByTestId('forecast-history-item').filter({ hasText: `First guess ${u}` })).toHaveAttribute('data-status', 'active');
  // A second adjustment of the same figure supersedes the first; withdrawing it leaves both in
  // the history, the open list re-read after each change.
  await adjust('700', `Second look ${u}`);
  await expect(history.getByTestId('forecast-history-item').filter({ hasText: `First guess ${u}` })).toHaveAttribute('data-status', 'superseded');
  await row.getByTestId('forecast-adjustment').filter({ hasText: `Second look ${u}` }).getByTestId('forecast-withdraw').click();
  await expect(row.getByTestId('forecast-adjustment').filter({ hasText: `Second look ${u}` })).toHaveCount(0);
  const second = history.getByTestId('forecast-history-item').filter({ hasText: `Second look ${u}` });
  await expect(second).toHaveAttribute('data-status', 'withdrawn');
  await expect(second).toContainText('Withdrawn');
  await expect(second).toContainText('→');
});

// Issue 12's board-to-forecast path: rep1 moves a deal to Commit on the board with the keyboard,
// and manager1's forecast grid shows rep1's Commit up by the deal's amount. The deal closes next
// month, which no other spec's rep1 deal does, so the difference is this deal's alone.
test('a rep moves a deal to Commit on the board and the manager\'s forecast moves', async ({ browser, api }) => {
  const u = unique();
  const [y, m] = companyToday().slice(0, 7).split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const pipeline = await (await api.post('/api/v1/pipelines', { data: { name: `E2E move ${u}` } })).json();
  const qualified = await (await api.post('/api/v1/pipeline-stages', {
    data: { pipeline_id: pipeline.id, position: 1, name: 'Qualified', probability: 25, forecast_category: 'pipeline' } })).json();
  await api.post('/api/v1/pipeline-stages', {
    data: { pipeline_id: pipeline.id, position: 2, name: 'Commit', probability: 75, forecast_category: 'commit' } });
  const owner = await userId(api, 'rep1');
  const account = await createAccount(api, { name: `Klinik move ${u}`, owner_id: owner });
  const res = await api.post('/api/v1/opportunities', {
    data: { title: `Monitors ${u}`, account_id: account.id, amount: { amount: '1234.56', currency: 'EUR' },
            expected_close: `${next}-15`, stage_id: qualified.id, owner_id: owner } });
  expect(res.status(), await res.text()).toBe(201);
  const deal = (await res.json()) as { id: number };
  const repName = (await apiJson<{ name: string }>(api, `/api/v1/users/${owner}`)).name;

  const manager = await browser.newPage();
  const commitOfRep = async (): Promise<number> => {
    await manager.goto('/forecasts');
    const label = manager.getByTestId('forecast-period');
    await expect(label).toBeVisible();
    const thisMonth = await label.innerText();
    await manager.locator('.period button', { hasText: '›' }).click();  // "next period" in any language
    // The grid and its label change together: until the label moves, the rows are this month's.
    await expect(label).not.toHaveText(thisMonth);
    const row = manager.getByTestId('forecast-row').filter({ hasText: repName });
    await expect(row).toBeVisible();
    const text = await row.getByTestId('forecast-commit').innerText();
    return Number(text.replace(/[^\d-]/g, ''));  // "1.234,56 €" or "€1,234.56": cents either way
  };
  await signInApi(manager, 'manager1', '/forecasts');
  const before = await commitOfRep();

  const rep = await browser.newPage();
  await signInApi(rep, 'rep1', `/pipeline?pipeline=${pipeline.id}`);
  const card = rep.getByTestId(`card-${deal.id}`);
  await card.focus();
  await rep.keyboard.press('Enter');
  await rep.keyboard.press('ArrowRight');
  await expect(rep.getByTestId('board-announcement')).toContainText('Commit');
  await rep.keyboard.press('Enter');
  await expect(rep.getByTestId('column-Commit').getByTestId(`card-${deal.id}`)).toBeVisible();
  await expect.poll(async () => (await apiJson<{ forecast_category: string }>(api, `/api/v1/opportunities/${deal.id}`)).forecast_category)
    .toBe('commit');

  await expect(async () => expect(await commitOfRep() - before).toBe(123456)).toPass({ timeout: 20_000 });
});
