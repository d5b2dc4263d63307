// The forecast screens of a manager (docs/forecasts.md, RULES.md D-R3, D-R5, D-R6): accuracy with
// its chart and table, the statistical forecast with its chart and back-test, then a Best Case
// adjustment of a rep in the grid that the manager withdraws again.
import { test, expect, apiJson, expectNoSeriousA11yViolations, signInApi, unique, userId } from './fixtures';

test('a manager reads accuracy and the statistical forecast, adjusts a Best Case and withdraws it', async ({ page, api }) => {
  const u = unique();
  // A rep of manager1's team other than rep1, whose Best Case forecasts.spec.ts adjusts at the
  // same time on the other worker (a second adjustment of a figure supersedes the first).
  const manager = await userId(api, 'manager1');
  const rep1 = await userId(api, 'rep1');
  const teams = await apiJson<{ items: Array<{ id: number }> }>(api, `/api/v1/teams?leader_id=${manager}`);
  const reps = await apiJson<{ items: Array<{ id: number; name: string }> }>(api,
    `/api/v1/users?team_id=${teams.items[0].id}&role=rep&active=true&sort=-id&limit=100`);
  const repName = reps.items.find((r) => r.id !== rep1)!.name;

  await signInApi(page, 'manager1', '/forecasts/accuracy');
  await expect(page.getByTestId('accuracy-summary')).toBeVisible();
  await expect(page.getByTestId('accuracy-chart')).toBeVisible();
  // The demo has a year of monthly snapshots: twelve months, and a manager's value-add.
  await expect(page.getByTestId('accuracy-table').locator('tbody tr')).toHaveCount(12);
  await expect(page.getByTestId('accuracy-value-add')).not.toBeEmpty();
  await expectNoSeriousA11yViolations(page, 'forecast accuracy');

  await page.getByTestId('forecast-tab-statistical').click();
  await expect(page.getByTestId('statistical-chart')).toBeVisible();
  // Both models back-tested (the demo keeps three years of won deals per rep).
  await expect(page.getByTestId('backtest-table').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('statistical-season').locator('li')).toHaveCount(12);
  await expectNoSeriousA11yViolations(page, 'statistical forecast');

  await page.getByTestId('forecast-tab-grid').click();
  const row = page.getByTestId('forecast-row').filter({ hasText: repName });
  await row.getByTestId('forecast-adjust').click();
  await row.getByTestId('forecast-category').selectOption('best_case');
  await row.getByTestId('forecast-value').fill('12345.67');
  const reason = `Framework order signed ${u}`;
  await row.getByTestId('forecast-reason').fill(reason);
  await row.getByTestId('forecast-save').click();
  const adjustment = row.getByTestId('forecast-adjustment').filter({ hasText: reason });
  await expect(adjustment).toBeVisible();
  await expect(row.getByTestId('forecast-best_case')).toContainText('12,345.67');
  await expect(row.getByTestId('forecast-computed-best_case')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'forecast grid with an adjustment');

  await adjustment.getByTestId('forecast-withdraw').click();
  await expect(adjustment).toHaveCount(0);
  await expect(row.getByTestId('forecast-computed-best_case')).toHaveCount(0);
  await expect(row.getByTestId('forecast-best_case')).not.toContainText('12,345.67');

  // The quarter holding the month: its own grid (a month's adjustments stay in the month).
  await page.getByTestId('forecast-kind').selectOption('quarter');
  await expect(page.getByTestId('forecast-period')).toHaveText(/^Q[1-4] \d{4}$/);
  await expect(page.getByTestId('forecast-row').filter({ hasText: repName }).getByTestId('forecast-adjust')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the accuracy and statistical views do not scroll the page sideways', async ({ page }) => {
    await signInApi(page, 'manager1', '/forecasts/accuracy');
    await expect(page.getByTestId('accuracy-chart')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.goto('/forecasts/statistical');
    await expect(page.getByTestId('backtest-table')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
