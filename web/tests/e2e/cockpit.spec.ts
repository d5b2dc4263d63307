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
