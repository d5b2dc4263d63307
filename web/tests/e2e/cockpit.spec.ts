// The cockpit in the browser: the director opens it, sees a rep's attainment for the month as
// the API answers it, and clicks through to the invoices it counts; on a phone the team table
// turns into stacked cards without sideways scrolling.
import { test, expect, apiJson, expectNoSeriousA11yViolations, listLoaded, signInApi, userId } from './fixtures';

type Plan = { measure: string; periods: Record<string, { attainment_bp: number | null }>; drill: string };
type Cockpit = { attainment: { people: { user_id: number; name: string; plans: Plan[] }[] } };

test('the director sees a rep’s attainment and clicks through to its invoices', async ({ page, api }) => {
  const rep = await userId(api, 'rep1');
  const cockpit = await apiJson<Cockpit>(api, '/api/v1/cockpit');
  const person = cockpit.attainment.people.find((p) => p.user_id === rep)!;
  const plan = person.plans.find((p) => p.measure === 'revenue')!;
  expect(plan.drill).toContain(`/invoices?owner_id=${rep}&status=posted`);

  await signInApi(page, 'director', '/cockpit');
  await expect(page.getByTestId('tile-attainment')).toBeVisible();
  await expect(page.getByTestId('tile-pipeline')).toBeVisible();
  const row = page.locator(`[data-testid="cockpit-person"][data-user="${rep}"]`);
  await expect(row).toContainText(person.name);
  const month = row.getByTestId('cell-month').getByRole('link');
  await expect(month).toHaveAttribute('href', plan.drill);
  await expect(month).toHaveText(/%/);
  await expectNoSeriousA11yViolations(page, 'cockpit');

  await month.click();
  await expect(page).toHaveURL(new RegExp(`/invoices\\?owner_id=${rep}&status=posted`));
  await listLoaded(page);
});

test('phone viewport: the cockpit stacks its cards and does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInApi(page, 'manager1', '/cockpit');
  await expect(page.getByTestId('cockpit-person').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a leader’s home opens on the cockpit and finance’s on the finance cards; a rep’s on the overview', async ({ page, api }) => {
  const rep = await userId(api, 'rep1');
  await signInApi(page, 'director', '/');
  const home = page.getByTestId('module-home');
  await expect(home.getByTestId('tile-attainment')).toBeVisible();
  await expect(home.locator(`[data-testid="cockpit-person"][data-user="${rep}"]`)).toBeVisible();
  // One h1, the greeting; the cockpit heads itself with an h2. The overview stays below it.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Elena');
  await expect(page.getByTestId('kpi-totalAccounts')).toBeVisible();
  // The cockpit's controls work on the home page: the scope moves to the director's own figures.
  await home.getByRole('button', { name: 'My own' }).click();
  await expect(page).toHaveURL(/\/\?scope=me$/);
  await expect(home.locator(`[data-testid="cockpit-person"][data-user="${rep}"]`)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'director home');

  await signInApi(page, 'finance', '/');
  await expect(page.getByTestId('module-home').getByTestId('finance-cards')).toBeVisible();

  await signInApi(page, 'rep1', '/');
  await expect(page.getByTestId('kpi-totalAccounts')).toBeVisible();
  await expect(page.getByTestId('module-home')).toHaveCount(0);
});
