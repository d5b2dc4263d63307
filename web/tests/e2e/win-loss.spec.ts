// Win/loss: the director reads a year of closed deals per owner (the demo's history), regroups
// them by competitor met, and drills an owner's row down to their closed deals; a rep sees their
// own deals only; on a phone each group is a card. The figures are the server's (its API test
// checks the arithmetic); here the page must show the same ones.
import { test, expect, apiJson, expectNoSeriousA11yViolations, signInApi, userId } from './fixtures';

type Report = { rows: { key: string; count_bp: number | null }[]; total: { won_count: number; lost_count: number } };

test('the director reads win/loss per owner and per competitor and drills down', async ({ page, api }) => {
  const report = await apiJson<Report>(api, '/api/v1/pipeline/win-loss?group=owner');
  expect(report.rows.length, 'the demo closes deals every month').toBeGreaterThan(1);
  await signInApi(page, 'director', '/');
  await page.getByTestId('nav-win-loss').click();
  await expect(page).toHaveURL(/\/win-loss$/);
  await expect(page.getByTestId('win-loss-row')).toHaveCount(report.rows.length);
  const total = page.getByTestId('win-loss-total');
  await expect(total).toContainText(String(report.total.won_count));
  await expect(total.getByTestId('rate-count')).toHaveText(/%/);
  await expectNoSeriousA11yViolations(page, 'win/loss');

  await page.getByTestId('win-loss-group').selectOption('competitor');
  await expect(page).toHaveURL(/group=competitor/);
  const met = await apiJson<Report>(api, '/api/v1/pipeline/win-loss?group=competitor');
  await expect(page.getByTestId('win-loss-row')).toHaveCount(met.rows.length);

  await page.getByTestId('win-loss-group').selectOption('owner');
  await page.getByTestId('win-loss-row').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/opportunities\?owner_id=\d+&closed_on__gte=/);
  await expect(page.getByTestId('list-row').first()).toBeVisible();
});

test('a rep sees their own closed deals only, as cards on a phone', async ({ page, api }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const rep = await userId(api, 'rep1');
  await signInApi(page, 'rep1', '/win-loss');
  const rows = page.getByTestId('win-loss-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-key', String(rep));
  // The phone layout labels each figure inside the card instead of a header row.
  await expect(page.locator('[data-testid="win-loss-rows"] thead')).toBeHidden();
});
