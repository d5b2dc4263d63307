// The simulator explains a seasonal rule: "Summer season June–August" (06-01..08-31, 12 % off,
// all products) wins in July and is listed as outside its season in October.
import { test, expect, apiJson, pickRef, refName, signInApi } from './fixtures';
import { findLine, ruleByName } from './sales-helpers';

const RULE = 'Summer season June–August';

test('the summer rule wins in July and is outside its season in October', async ({ page, api }) => {
  test.setTimeout(120_000);
  const rule = await ruleByName(api, RULE);
  const year = new Date().getFullYear();
  const july = `${year}-07-15`;
  const october = `${year}-10-15`;
  const accounts = (await apiJson<{ items: Array<{ id: number }> }>(api, '/api/v1/accounts?limit=10&sort=id')).items.map((a) => a.id);
  const { account_id, product_id } = await findLine(api, accounts, july, (l) => l.winner_rule_id === rule.id);

  await signInApi(page, 'director', '/pricing/simulator');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pricing simulator');
  await pickRef(page, 'sim-account_id', account_id, await refName(api, 'accounts', account_id));
  await pickRef(page, 'sim-product_id', product_id, await refName(api, 'products', product_id));
  await page.getByTestId('sim-quantity').fill('10');
  await page.getByTestId('sim-date').fill(july);
  await page.getByTestId('simulate').click();

  await expect(page.getByTestId('pricing-winner')).toHaveAttribute('data-rule-id', String(rule.id));
  await expect(page.getByTestId('pricing-winner')).toContainText(RULE);
  const row = page.locator(`[data-testid="candidate-row"][data-rule-id="${rule.id}"]`);
  await expect(row).toBeVisible();
  await expect(row).toHaveClass(/win/);
  await expect(page.getByTestId('sim-price')).toContainText(/\d/);

  await page.getByTestId('sim-date').fill(october);
  await page.getByTestId('simulate').click();
  await expect(row).toHaveAttribute('data-outcome', 'outside_season');
  await expect(row).toContainText('outside its season');
  await expect(page.getByTestId('pricing-winner')).not.toHaveAttribute('data-rule-id', String(rule.id));
});
