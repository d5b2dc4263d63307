// Products on a deal (issue 12): rep1 makes a fresh open deal on one of their accounts (through
// the API, so no other spec's deal changes), opens it, adds two products with quantities in the
// deal's Products card and saves. The card shows the priced lines and their total; the deal's
// amount, on the page and through the API, is that total; each line's unit price is what the
// pricing simulator says for the same account, product and quantity today. After a reload the
// lines are still there. axe on the filled card; at phone width nothing scrolls sideways.
import type { APIRequestContext } from '@playwright/test';
import { test, expect, apiJson, companyToday, expectNoSeriousA11yViolations, pickRef, refName, signInApi, unique, userId } from './fixtures';
import { listedProducts, simulate } from './sales-helpers';

type Money = { amount: string; currency: string };
// unit_price: a decimal string in the currency of the line's net (the contract's OpportunityLine).
type Line = { product_id: number; quantity: string; unit_price: string; net: Money; priced_on: string };
type Deal = { id: number; version: number; amount: Money | null; closed_on: string | null };

/** "12.30" → 1230n minor units (up to `digits` decimals), exactly. */
function minor(amount: string, digits = 2): bigint {
  const [whole, frac = ''] = amount.split('.');
  expect(frac.replace(/0+$/, '').length, `amount ${amount}`).toBeLessThanOrEqual(digits);
  const v = BigInt(whole.replace('-', '') || '0') * 10n ** BigInt(digits) + BigInt(frac.padEnd(digits, '0').slice(0, digits) || '0');
  return whole.startsWith('-') ? -v : v;
}
/** A decimal string without trailing zeros ("12.300" → "12.3", "4.00" → "4"), to compare values. */
const canon = (d: string) => (d.includes('.') ? d.replace(/0+$/, '').replace(/\.$/, '') : d);

/** One of rep1's accounts and two active products the engine prices for it today (above 0). */
async function accountWithTwoProducts(api: APIRequestContext, rep: number) {
  const today = companyToday();
  const own = await apiJson<{ items: Array<{ id: number; currency: string }> }>(api, `/api/v1/accounts?owner_id=${rep}&limit=5&sort=id`);
  expect(own.items.length, 'rep1 owns accounts').toBeGreaterThan(0);
  const products = await listedProducts(api, 200);
  for (const account of own.items) {
    const found: number[] = [];
    for (const product_id of products) {
      const p = await apiJson<{ active: boolean }>(api, `/api/v1/products/${product_id}`);
      if (!p.active) continue;
      const r = await simulate(api, { account_id: account.id, product_id, quantity: '3', date: today });
      if (r.line && r.line.priced !== false && Number(r.line.unit_price ?? 0) > 0) found.push(product_id);
      if (found.length === 2) return { account, products: found };
    }
  }
  throw new Error('no account of rep1 with two priced active products');
}

test('a rep adds two products to a new deal: priced as the simulator prices them, their total is the deal\'s amount', async ({ page, api }) => {
  test.setTimeout(180_000);
  const u = unique();
  const rep = await userId(api, 'rep1');
  const { account, products } = await accountWithTwoProducts(api, rep);
  const quantities = ['3', '7'];
  const names = [await refName(api, 'products', products[0]), await refName(api, 'products', products[1])];

  // An open stage of the first active pipeline.
  const pipelines = await apiJson<{ items: Array<{ id: number }> }>(api, '/api/v1/pipelines?active=true&sort=id&limit=1');
  const stages = await apiJson<{ items: Array<{ id: number; won: boolean; lost: boolean }> }>(
    api, `/api/v1/pipeline-stages?pipeline_id=${pipelines.items[0].id}&sort=position&limit=50`);
  const stage = stages.items.find((s) => !s.won && !s.lost);
  expect(stage, 'an open stage').toBeTruthy();

  // rep1 makes the deal with their own session.
  await signInApi(page, 'rep1', '/');
  const csrf = String(((await (await page.request.get('/api/v1/auth/me')).json()) as { csrf_token?: string }).csrf_token ?? '');
  const created = await page.request.post('/api/v1/opportunities', {
    headers: { 'X-CSRF-Token': csrf },
    data: { title: `Products ${u}`, account_id: account.id, amount: { amount: '1.00', currency: account.currency },
            expected_close: '2027-06-30', stage_id: stage!.id, owner_id: rep } });
  expect(created.status(), await created.text()).toBe(201);
  const deal = (await created.json()) as Deal;

  await page.goto(`/opportunities/${deal.id}`);
  const card = page.getByTestId('deal-lines');
  await expect(card).toHaveAttribute('data-readonly', 'false');
  await expect(card.getByTestId('deal-lines-empty')).toBeVisible();
  await expect(card.getByTestId('deal-lines-note')).toContainText('re-prices');
  for (const i of [0, 1]) {
    await card.getByTestId('deal-lines-add').click();
    await pickRef(page, `deal-line-product-${i}`, products[i], names[i]);
    await card.getByTestId(`deal-line-quantity-${i}`).fill(quantities[i]);
  }
  await expect(card.getByTestId('deal-line')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page, 'deal with two product lines being added');
  await card.getByTestId('deal-lines-save').click();
  await expect(card.getByTestId('deal-lines-saved')).toBeVisible();

  // The stored lines, priced: each unit price is the simulator's for the same line today.
  const stored = await apiJson<{ items: Line[] }>(api, `/api/v1/opportunity-lines?opportunity_id=${deal.id}&sort=position&limit=200`);
  expect(stored.items.map((l) => [l.product_id, canon(l.quantity)])).toEqual([[products[0], '3'], [products[1], '7']]);
  const currency = stored.items[0].net.currency;
  for (const [i, l] of stored.items.entries()) {
    expect(l.priced_on).toBe(companyToday());
    const sim = await simulate(api, { account_id: account.id, product_id: l.product_id, quantity: quantities[i] });
    expect(sim.status, `simulate line ${i}`).toBe(200);
    expect(canon(l.unit_price), `line ${i}'s unit price`).toBe(canon(String(sim.line!.unit_price)));
    expect(l.net.currency).toBe(currency);
  }
  const total = stored.items.reduce((s, l) => s + minor(l.net.amount), 0n);
  expect(total).toBeGreaterThan(0n);

  // The card shows them and their total.
  const shown = card.getByTestId('deal-line');
  await expect(shown).toHaveCount(2);
  for (const [i, l] of stored.items.entries()) {
    await expect(shown.nth(i).getByTestId('deal-line-unit-price')).toHaveAttribute('data-amount', l.unit_price);
    await expect(shown.nth(i).getByTestId('deal-line-net')).toHaveAttribute('data-amount', l.net.amount);
  }
  const totalCell = card.getByTestId('deal-lines-total');
  await expect(totalCell).toBeVisible();
  expect(minor(String(await totalCell.getAttribute('data-amount')))).toBe(total);

  // The deal's amount is the total: through the API, and in the page's form (no reload needed).
  const after = await apiJson<Deal>(api, `/api/v1/opportunities/${deal.id}`);
  expect(after.amount?.currency).toBe(currency);
  expect(minor(after.amount!.amount)).toBe(total);
  const amountOnPage = async () => minor((await page.getByTestId('field-amount').inputValue()).replace(/,/g, ''));
  await expect.poll(amountOnPage).toBe(total);
  await expect(page.getByTestId('field-amount-currency')).toHaveValue(currency);

  // After a reload the lines are still shown, with the same total and amount.
  await page.reload();
  const again = page.getByTestId('deal-lines');
  await expect(again.getByTestId('deal-line')).toHaveCount(2);
  await expect(page.getByTestId('deal-line-product-0')).toHaveAttribute('data-value', String(products[0]));
  await expect(page.getByTestId('deal-line-product-1')).toHaveAttribute('data-value', String(products[1]));
  expect(minor(String(await again.getByTestId('deal-lines-total').getAttribute('data-amount')))).toBe(total);
  await expect.poll(amountOnPage).toBe(total);
  await expectNoSeriousA11yViolations(page, 'deal with its saved product lines');

  // A quantity the server refuses: its problem shows next to that line; nothing is stored.
  await again.getByTestId('deal-line-quantity-1').fill('0');
  await again.getByTestId('deal-lines-save').click();
  await expect(again.getByTestId('deal-line-error-1-quantity')).toBeVisible();
  await expect(again.getByTestId('deal-line-quantity-1')).toHaveAttribute('aria-invalid', 'true');
  await expect(again.getByTestId('deal-lines-error')).toBeVisible();
  const unchanged = await apiJson<{ items: Line[] }>(api, `/api/v1/opportunity-lines?opportunity_id=${deal.id}&sort=position&limit=200`);
  expect(unchanged.items.map((l) => canon(l.quantity))).toEqual(['3', '7']);
  expect(minor((await apiJson<Deal>(api, `/api/v1/opportunities/${deal.id}`)).amount!.amount)).toBe(total);
  await again.getByTestId('deal-line-quantity-1').fill('7');

  // At phone width the card stacks its lines: nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(again.getByTestId('deal-line').first()).toBeVisible();
  await again.scrollIntoViewIfNeeded();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'sideways scroll at 390 px').toBeLessThanOrEqual(0);
});
