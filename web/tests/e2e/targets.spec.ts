// Targets in the browser: a rep opens "My targets" and sees their demo revenue and activity plans
// for today, the week, month, quarter and year to date with the pace, the same figures the API
// answers; on a phone the cards fit the screen.
import { test, expect, apiJson, expectNoSeriousA11yViolations, signInApi, userId } from './fixtures';

type Period = { target: number; actual: number; attainment_bp: number | null };
type Progress = {
  date: string;
  plans: { plan_id: number; measure: string; currency: string | null; periods: Record<string, Period>; pace: Record<string, { per_day: number | null }> }[];
};

test('a rep sees their targets of the day, week, month, quarter and year with the pace', async ({ page, api }) => {
  const rep = await userId(api, 'rep1');
  const progress = await apiJson<Progress>(api, `/api/v1/targets/progress?user_id=${rep}`);
  // rep1 sells by phone: a calls plan (field reps get a visits plan).
  const calls = progress.plans.find((p) => p.measure === 'calls');
  expect(progress.plans.map((p) => p.measure).sort()).toEqual(['calls', 'revenue']);

  await signInApi(page, 'rep1', '/targets');
  const cards = page.getByTestId('target-plan');
  await expect(cards).toHaveCount(2);
  const callsCard = cards.filter({ hasText: 'Calls' });
  for (const period of ['today', 'week', 'month', 'quarter', 'year_to_date']) {
    await expect(callsCard.getByTestId(`period-${period}`)).toBeVisible();
  }
  expect(calls!.periods.month.target).toBeGreaterThan(0);
  // The page shows what the API answers. Other specs log rep1's calls meanwhile (the browser tests
  // share one server), so both are read again until they meet: the API, then the page.
  await expect(async () => {
    const now = await apiJson<Progress>(api, `/api/v1/targets/progress?user_id=${rep}`);
    const month = now.plans.find((p) => p.measure === 'calls')!.periods.month;
    await page.reload();
    await expect(callsCard.getByTestId('period-month')).toContainText(`${month.actual} of ${month.target}`, { timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await expect(callsCard.getByTestId('pace-month')).toContainText('To reach the month');
  await expect(callsCard.getByTestId('pace-year')).toContainText('working days left');
  await expectNoSeriousA11yViolations(page, 'my targets');
});

test('this month opens onto its days: one per day, adding up to the month', async ({ page, api }) => {
  const rep = await userId(api, 'rep1');
  await signInApi(page, 'rep1', '/targets');
  const callsCard = page.getByTestId('target-plan').filter({ hasText: 'Calls' });
  // Other specs log rep1's calls meanwhile: the days are read again with the month until they meet.
  await expect(async () => {
    await page.reload();
    const month = (await apiJson<Progress>(api, `/api/v1/targets/progress?user_id=${rep}`)).plans.find((p) => p.measure === 'calls')!
      .periods.month as Period & { from: string; to: string };
    await callsCard.getByTestId('month-days').locator('summary').click();
    const days = callsCard.getByTestId('month-day');
    const count = (Date.parse(`${month.to}T00:00:00Z`) - Date.parse(`${month.from}T00:00:00Z`)) / 86_400_000 + 1;
    await expect(days).toHaveCount(count, { timeout: 3000 });
    const amounts = await days.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-amount'))));
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(month.actual);
    await expect(days.first()).toHaveAttribute('data-date', month.from);
  }).toPass({ timeout: 30_000 });
  await expectNoSeriousA11yViolations(page, 'my targets, the month by day');
});

test('phone viewport: the target cards do not scroll the page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInApi(page, 'rep1', '/targets');
  await expect(page.getByTestId('target-plan').first()).toBeVisible();
  await page.getByTestId('month-days').first().locator('summary').click();
  await expect(page.getByTestId('month-day').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
