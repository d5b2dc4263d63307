// The account's 360° page (issue 11, docs/accounts360.md): an account opens on its Overview —
// figures as tiles, open quotes as links, contacts with tap-to-call — and its form is the Details
// tab. On a phone, calling is one tap and logging the call two.
import { test, expect, apiJson, createAccount, signInApi, unique, userId } from './fixtures';

type Amount = { currency: string; amount: number };
/** Minor units as en-GB shows them (the test's locale); the amounts here are far below 2^53. */
const shown = (a: Amount) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: a.currency }).format(a.amount / 100);

test('desktop: an account opens on its figures and open quotes; Details saves an edit', async ({ page, api }) => {
  // A demo account with a quote still in play.
  const quote = (await apiJson(api, '/api/v1/quotes?status__in=draft,pending_approval,approved,sent&sort=id&limit=1')).items[0];
  expect(quote, 'the demo has an open quote').toBeTruthy();
  const id = quote.account_id as number;
  const overview = await apiJson(api, `/api/v1/accounts/${id}/overview`);

  await signInApi(page, 'director', `/accounts/${id}`);
  await expect(page.getByTestId('tab-overview')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('record-form')).toHaveCount(0);
  // Each currency's revenue on its own line, as the server summed it.
  const revenue = page.getByTestId('a360-revenue-this-year');
  for (const a of overview.figures.revenue_this_year.by_currency as Amount[]) await expect(revenue).toContainText(shown(a));
  const owed = page.getByTestId('a360-receivables');
  for (const r of overview.figures.receivables.by_currency) await expect(owed).toContainText(shown({ currency: r.currency, amount: r.open }));

  // The open quote is a link to it.
  const quotes = page.getByTestId('a360-open_quotes');
  await expect(quotes).toContainText(`(${overview.open_quotes.total})`);
  await quotes.getByRole('link', { name: quote.number }).click();
  await expect(page).toHaveURL(new RegExp(`/quotes/${quote.id}$`));

  // Back on the account, the Details tab is the form, and it saves.
  await page.goBack();
  await page.getByTestId('tab-details').click();
  const city = `Ciudad ${unique()}`;
  await page.getByTestId('field-city').fill(city);
  await page.getByTestId('record-save').click();
  await expect(page.getByTestId('form-saved')).toHaveText('Saved.');
  expect((await apiJson(api, `/api/v1/accounts/${id}`)).city).toBe(city);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('phone: tap-to-call is in reach and a call is logged in two taps', async ({ page, api }) => {
    const account = await createAccount(api, { name: `E2E 360 ${unique()}`, phone: '+34 91 555 01 23', owner_id: await userId(api, 'rep1') });
    await signInApi(page, 'rep1', `/accounts/${account.id}`);
    const call = page.getByTestId('a360-call');
    await expect(call).toHaveAttribute('href', 'tel:+34915550123');
    await expect(call).toBeInViewport();
    await expect(page.getByTestId('a360-new-quote')).toHaveAttribute('href', `/quotes/new?account_id=${account.id}`);
    // One column: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    await page.getByTestId('a360-log-call').tap();
    await expect(page.getByTestId('a360-log-dialog')).toBeVisible();
    await page.getByTestId('a360-outcome-reached').tap();
    await expect(page.getByTestId('a360-notice')).toHaveText('Logged.');
    const logged = await apiJson(api, `/api/v1/activities?account_id=${account.id}&kind=call&status=done`);
    expect(logged.items).toHaveLength(1);
    expect(logged.items[0]).toMatchObject({ outcome: 'reached', subject: `Call with ${account.name}` });
    await expect(page.getByTestId('a360-figures')).toBeVisible();

    // A repeat order without a quote: the order form opens with this customer picked.
    await page.getByTestId('a360-new-order').tap();
    await expect(page).toHaveURL(new RegExp(`/sales-orders/new\\?account_id=${account.id}$`));
    await expect(page.getByTestId('order-account')).toHaveAttribute('data-value', String(account.id));
    await expect(page.getByTestId('order-account')).toHaveValue(account.name);
  });
});
