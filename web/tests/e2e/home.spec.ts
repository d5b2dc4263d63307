// The home page's figures come from grouped requests (GET /{entity}/aggregate, decision 0019):
// four of them instead of seven `limit=1` counts, and each figure equals its list's total for
// the signed-in role (a rep: their own accounts only).
import { test, expect, signInApi, type Page } from './fixtures';

async function listTotal(page: Page, path: string): Promise<number> {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.json()).total as number;
}

for (const who of ['rep2', 'director'] as const) {
  test(`home figures equal the list totals for ${who}, from four aggregate requests`, async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/v1/')) asked.push(new URL(r.url()).pathname + new URL(r.url()).search); });
    await signInApi(page, who, '/');
    await expect(page.getByTestId('kpi-people')).toBeVisible();

    const figure = async (id: string) => Number((await page.getByTestId(`kpi-${id}`).locator('.kpi-value').innerText()).replace(/[^0-9]/g, ''));
    expect(await figure('totalAccounts')).toBe(await listTotal(page, '/api/v1/accounts?limit=1'));
    expect(await figure('keyAccounts')).toBe(await listTotal(page, '/api/v1/accounts?key_account=true&limit=1'));
    expect(await figure('activeProducts')).toBe(await listTotal(page, '/api/v1/products?active=true&limit=1'));
    expect(await figure('people')).toBe(await listTotal(page, '/api/v1/users?active=true&limit=1'));
    // The chart's legend: one figure per lifecycle, each its filtered list's total.
    for (const lifecycle of ['prospect', 'active', 'at_risk', 'lost']) {
      const legend = page.getByTestId('home-lifecycle').locator(`a[href="/accounts?lifecycle=${lifecycle}"]`);
      const shown = Number((await legend.innerText()).replace(/[^0-9]/g, ''));
      expect(shown, lifecycle).toBe(await listTotal(page, `/api/v1/accounts?lifecycle=${lifecycle}&limit=1`));
    }

    const pageAsked = asked.filter((p) => !p.startsWith('/api/v1/auth/'));
    expect(pageAsked.filter((p) => p.includes('/aggregate'))).toHaveLength(4);
    expect(pageAsked.filter((p) => /[?&]limit=1(&|$)/.test(p) && !p.includes('sort=-updated_at'))).toEqual([]);
  });
}
