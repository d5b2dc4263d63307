// An order taken without a quote (decision 0075): rep1 opens the orders list, "New", picks one of
// their customers and a product the engine prices for it, sets a quantity, asks to confirm at
// once and takes the order. The order's page opens; through the API the order is confirmed, the
// account owner's, and its line's unit price is what the simulator gives the same line today.
// A quantity of 0 is refused at its line and takes nothing. axe on the form; a phone width
// without sideways scrolling.
import { test, expect, apiJson, companyToday, expectNoSeriousA11yViolations, pickRef, refName, signInApi, userId } from './fixtures';
import { listedProducts, simulate } from './sales-helpers';

type Order = { id: number; status: string; owner_id: number; account_id: number; quote_id: number | null };
type Line = { product_id: number; quantity: string; unit_price: string };
const canon = (d: string) => (d.includes('.') ? d.replace(/0+$/, '').replace(/\.$/, '') : d);

test('a rep takes a phone order: priced as a quote would be, confirmed at once', async ({ page, api }) => {
  test.setTimeout(120_000);
  const rep = await userId(api, 'rep1');
  const account = (await apiJson<{ items: Array<{ id: number; name: string }> }>(api, `/api/v1/accounts?owner_id=${rep}&limit=1&sort=id`)).items[0];
  let product = 0;
  for (const id of await listedProducts(api, 100)) {
    const p = await apiJson<{ active: boolean }>(api, `/api/v1/products/${id}`);
    const sim = p.active ? await simulate(api, { account_id: account.id, product_id: id, quantity: '4', date: companyToday() }) : null;
    if (sim?.line && sim.line.priced !== false && Number(sim.line.unit_price ?? 0) > 0) { product = id; break; }
  }
  expect(product, 'a product the engine prices for the account').toBeGreaterThan(0);
  const before = (await apiJson<{ total: number }>(api, '/api/v1/sales-orders?limit=1')).total;

  await signInApi(page, 'rep1', '/sales-orders');
  await page.getByTestId('list-new').click();
  await expect(page).toHaveURL(/\/sales-orders\/new$/);
  const form = page.getByTestId('take-order');
  await pickRef(page, 'order-account', account.id, account.name);
  await pickRef(page, 'order-line-product-0', product, await refName(api, 'products', product));
  // A quantity of 0: the server names the line's quantity and nothing is taken.
  await form.getByTestId('order-line-quantity-0').fill('0');
  await form.getByTestId('order-take').click();
  await expect(form.getByTestId('order-line-error-0-quantity')).toBeVisible();
  expect((await apiJson<{ total: number }>(api, '/api/v1/sales-orders?limit=1')).total).toBe(before);
  await expectNoSeriousA11yViolations(page, 'take an order, with a problem');

  await form.getByTestId('order-line-quantity-0').fill('4');
  await form.getByTestId('order-confirm').check();
  await form.getByTestId('order-take').click();
  await expect(page).toHaveURL(/\/sales-orders\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  const order = await apiJson<Order>(api, `/api/v1/sales-orders/${id}`);
  expect(order).toMatchObject({ status: 'confirmed', owner_id: rep, account_id: account.id, quote_id: null });
  const lines = await apiJson<{ items: Line[] }>(api, `/api/v1/sales-order-lines?sales_order_id=${id}&sort=position`);
  expect(lines.items.map((l) => [l.product_id, canon(l.quantity)])).toEqual([[product, '4']]);
  const sim = await simulate(api, { account_id: account.id, product_id: product, quantity: '4' });
  expect(canon(lines.items[0].unit_price)).toBe(canon(String(sim.line!.unit_price)));
  expect((await apiJson<{ total: number }>(api, '/api/v1/sales-orders?limit=1')).total).toBe(before + 1);
});

test('phone width: the order form does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInApi(page, 'rep2', '/sales-orders/new');
  await expect(page.getByTestId('order-line')).toHaveCount(1);
  await page.getByTestId('order-line-add').click();
  await expect(page.getByTestId('order-line')).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
