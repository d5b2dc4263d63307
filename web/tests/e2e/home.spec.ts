// The home page's figures come from grouped requests (GET /{entity}/aggregate, decision 0019):
// four of them instead of seven `limit=1` counts, and each figure equals its list's total for
// the signed-in role (a rep: their own accounts only).
import { test, expect, signInApi, type Page } from './fixtures';

async function listTotal(page: Page, path: string): Promise<number> {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.json()).total as number;
}

const LIFECYCLES = ['prospect', 'active', 'at_risk', 'lost'];
// Each figure's list: the KPIs, then the chart legend's one figure per lifecycle.
const LISTS: Record<string, string> = {
  totalAccounts: '/api/v1/accounts?limit=1',
  keyAccounts: '/api/v1/accounts?key_account=true&limit=1',
  activeProducts: '/api/v1/products?active=true&limit=1',
  people: '/api/v1/users?active=true&limit=1',
  ...Object.fromEntries(LIFECYCLES.map((l) => [l, `/api/v1/accounts?lifecycle=${l}&limit=1`])),
};

async function totals(page: Page): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(Object.entries(LISTS).map(async ([k, p]) => [k, await listTotal(page, p)])));
}

async function shownFigures(page: Page): Promise<Record<string, number>> {
  const number = async (text: Promise<string>) => Number((await text).replace(/[^0-9]/g, ''));
  const out: Record<string, number> = {};
  for (const id of ['totalAccounts', 'keyAccounts', 'activeProducts', 'people']) {
    out[id] = await number(page.getByTestId(`kpi-${id}`).locator('.kpi-value').innerText());
  }
  for (const l of LIFECYCLES) {
    out[l] = await number(page.getByTestId('home-lifecycle').locator(`a[href="/accounts?lifecycle=${l}"]`).innerText());
  }
  return out;
}

for (const who of ['rep2', 'director'] as const) {
  test(`home figures equal the list totals for ${who}, from four aggregate requests`, async ({ page }) => {
    let asked: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/v1/')) asked.push(new URL(r.url()).pathname + new URL(r.url()).search); });
    await signInApi(page, who, '/');
    // The other worker's tests create accounts meanwhile (the director sees them all): compare
    // exactly on a load during which no total moved (the same before and after), else load again.
    for (let attempt = 1; ; attempt++) {
      const before = await totals(page);
      asked = [];
      await page.reload();
      await expect(page.getByTestId('kpi-people')).toBeVisible();
      await expect(page.getByTestId('home-lifecycle').locator('a[href="/accounts?lifecycle=lost"]')).toBeVisible();
      const shown = await shownFigures(page);
      const after = await totals(page);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        expect(attempt, 'a load with no account created meanwhile').toBeLessThan(5);
        continue;
      }
      expect(shown).toEqual(after);
      break;
    }

    const pageAsked = asked.filter((p) => !p.startsWith('/api/v1/auth/'));
    expect(pageAsked.filter((p) => p.includes('/aggregate'))).toHaveLength(4);
    expect(pageAsked.filter((p) => /[?&]limit=1(&|$)/.test(p) && !p.includes('sort=-updated_at'))).toEqual([]);
  });
}
