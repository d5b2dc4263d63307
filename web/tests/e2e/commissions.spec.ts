// The commissions module: a rep reads the approved statement of the last closed month with its
// lines drilled down to invoice lines, and cannot approve it; the rep's manager approves a draft
// the director computed, which then waits for finance.
import { test, expect, apiJson, listLoaded, signInApi, companyToday } from './fixtures';

type Page<T> = { items: T[] };

test('a rep reads an approved statement and its lines', async ({ page }) => {
  await signInApi(page, 'rep1', '/');
  await page.getByTestId('nav-commission-statements').click();
  await listLoaded(page);
  // The open month's draft (the demo's clawback) lists first; the last closed month is approved.
  await page.getByTestId('list-row').filter({ hasText: 'Approved' }).first().getByTestId('row-link').click();
  await expect(page).toHaveURL(/\/commission-statements\/\d+$/);
  await expect(page.getByTestId('commission-closed')).toBeVisible();
  await expect(page.getByTestId('commission-lines').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('commission-approve')).toHaveCount(0);
});

test('the manager approves a draft, which then waits for finance', async ({ page, api }) => {
  const reps = await apiJson<Page<{ id: number }>>(api, '/api/v1/users?email=rep1@medsupply.example');
  const period = companyToday().slice(0, 7);  // the open month
  const res = await api.post('/api/v1/commission-statements', { data: { user_id: reps.items[0].id, period } });
  expect(res.status(), await res.text()).toBe(201);
  const draft = (await res.json()) as { id: number };
  await signInApi(page, 'manager1', `/commission-statements/${draft.id}`);
  await page.getByTestId('commission-approve').click();
  await expect(page.getByTestId('commission-waiting')).toHaveText(/finance/i);
});
