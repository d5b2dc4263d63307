// "Team by month" in the browser: the director opens it from the cockpit, sees a rep's months as
// the API answers them, switches the measure in the address and clicks a month through to the
// invoices it counts; a rep sees their own row only; on a phone the table scrolls in its own box
// with the names in view, and the page itself never scrolls sideways.
import type { Locator } from '@playwright/test';
import { test, expect, apiJson, expectNoSeriousA11yViolations, listLoaded, signInApi, userId } from './fixtures';

type Cell = { actual: number; target: number | null; attainment_bp: number | null };
type Matrix = {
  measure: string;
  unit: string;
  from: string;
  to: string;
  months: { month: string; state: 'closed' | 'current' | 'to_come' }[];
  people: { user_id: number; name: string; cells: Cell[]; total: Cell }[];
  team: { cells: Cell[]; total: Cell };
};

/** The month's last day, worked out here independently of the page's own rule. */
const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** A line's total is the sum of the months it shows (the same answer, whatever moved since). */
async function expectTotalIsItsCells(line: Locator) {
  const cells = await line.getByTestId('matrix-cell').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-actual'))));
  await expect(line.getByTestId('matrix-total')).toHaveAttribute('data-actual', String(cells.reduce((a, b) => a + b, 0)));
}

test('the director sees a rep’s months as the API answers them, switches the measure and clicks through', async ({ page, api }) => {
  const rep = await userId(api, 'rep1');
  const revenue = await apiJson<Matrix>(api, '/api/v1/cockpit/matrix');
  expect(revenue.measure).toBe('revenue');
  expect(revenue.months).toHaveLength(12);
  const person = revenue.people.find((p) => p.user_id === rep)!;
  expect(person, 'rep1 is in the director’s matrix').toBeTruthy();

  // From the cockpit's team table.
  await signInApi(page, 'director', '/cockpit');
  await page.getByTestId('cockpit-matrix-link').click();
  await expect(page).toHaveURL(/\/cockpit\/matrix$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Team by month');
  await expect(page.getByTestId('nav-team-by-month')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('nav-cockpit')).not.toHaveAttribute('aria-current', 'page');

  const table = page.getByTestId('matrix-table');
  await expect(table).toHaveAttribute('data-measure', 'revenue');
  const row = page.locator(`[data-testid="matrix-person"][data-user="${rep}"]`);
  await expect(row).toContainText(person.name);
  const cells = row.getByTestId('matrix-cell');
  await expect(cells).toHaveCount(12);
  // Closed months as the API answered them; this month may move while other specs post invoices
  // and record visits on the same server, so the totals are checked against the cells shown.
  for (let i = 0; i < 12; i++) {
    await expect(cells.nth(i)).toHaveAttribute('data-month', revenue.months[i].month);
    if (revenue.months[i].state === 'closed') {
      await expect(cells.nth(i)).toHaveAttribute('data-actual', String(person.cells[i].actual));
    }
  }
  await expectTotalIsItsCells(row);
  await expect(row.getByTestId('matrix-total')).toContainText(/€\s?[\d,]+\.\d\d/);
  await expectTotalIsItsCells(page.getByTestId('matrix-team'));
  // A month with a target shows its attainment; the current month is marked in its heading.
  const withTarget = person.cells.findIndex((c, i) => c.attainment_bp !== null && revenue.months[i].state !== 'to_come');
  if (withTarget >= 0) await expect(cells.nth(withTarget)).toContainText('%');
  await expect(table.locator('thead th', { hasText: '*' })).toHaveCount(revenue.months.filter((m) => m.state === 'current').length);
  await expectNoSeriousA11yViolations(page, 'team by month');

  // Another measure: the address and the figures follow.
  const visits = await apiJson<Matrix>(api, '/api/v1/cockpit/matrix?measure=visits');
  const repVisits = visits.people.find((p) => p.user_id === rep)!;
  await page.getByTestId('matrix-measure').selectOption('visits');
  await expect(page).toHaveURL(/[?&]measure=visits/);
  await expect(table).toHaveAttribute('data-measure', 'visits');
  await expect(table).toHaveAttribute('data-unit', 'count');
  const closedVisits = visits.months.findIndex((m) => m.state === 'closed');
  await expect(row.getByTestId('matrix-cell').nth(closedVisits)).toHaveAttribute('data-actual', String(repVisits.cells[closedVisits].actual));
  await expectTotalIsItsCells(row);
  await expect(row.getByTestId('matrix-cell').first().getByRole('link')).toHaveAttribute('href', `/activities?owner_id=${rep}&kind=visit&status=done`);

  // Back to revenue; last month (closed) opens the rep's posted invoices dated in it.
  await page.getByTestId('matrix-measure').selectOption('revenue');
  await expect(table).toHaveAttribute('data-measure', 'revenue');
  const closed = revenue.months.length - 2;
  const month = revenue.months[closed].month;
  expect(revenue.months[closed].state).toBe('closed');
  const link = row.getByTestId('matrix-cell').nth(closed).getByRole('link');
  const href = `/invoices?owner_id=${rep}&status=posted&invoice_date__gte=${month}-01&invoice_date__lte=${lastDay(month)}`;
  await expect(link).toHaveAttribute('href', href);
  await link.click();
  await expect(page).toHaveURL(new RegExp(href.replace(/[?]/g, '\\?')));
  await listLoaded(page);
});

test('a rep sees their own row only, a range too long is refused in words; finance has no entry', async ({ page, api }) => {
  const rep = await userId(api, 'rep1');
  await signInApi(page, 'rep1', '/');
  await page.getByTestId('nav-team-by-month').click();
  await expect(page).toHaveURL(/\/cockpit\/matrix$/);
  const rows = page.getByTestId('matrix-person');
  await expect(rows).toHaveCount(1);
  await expect(rows).toHaveAttribute('data-user', String(rep));
  await expect(rows.getByTestId('matrix-cell')).toHaveCount(12);
  await expect(page.getByTestId('matrix-team')).toHaveCount(0);

  // More than 36 months: the server's problem body is shown; a quick button puts it right.
  await page.goto('/cockpit/matrix?from=2020-01&to=2026-12');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByTestId('matrix-table')).toHaveCount(0);
  await page.getByTestId('matrix-range-last12').click();
  await expect(page.getByTestId('matrix-person')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await signInApi(page, 'finance', '/');
  await expect(page.getByTestId('nav-team-by-month')).toHaveCount(0);
});

test('phone viewport: the table scrolls in its own box, the names stay, the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInApi(page, 'manager1', '/cockpit/matrix');
  const first = page.getByTestId('matrix-person').first();
  await expect(first).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  const box = page.getByTestId('matrix-scroll');
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await box.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
  const name = first.locator('th');
  const before = (await name.boundingBox())!;
  await box.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  const after = (await name.boundingBox())!;
  expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(1);
  await expect(name).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
