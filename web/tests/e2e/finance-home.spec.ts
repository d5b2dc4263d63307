// The finance home (/finance, issue 13): finance's morning page reads the ageing, the DSO, the
// credit holds, the dunning runs, the promises, the payments to apply and the draft invoices.
// Checked against the API's own answers, never hard-coded figures. It approves none of the
// demo's runs; the run it sends is its own (approving it makes the demo's proposal stale, as
// dunning.spec's does), and the payment it applies is on an account it makes.
import { test, expect, apiJson, companyToday, createAccount, expectNoSeriousA11yViolations, signInApi, unique, type Page } from './fixtures';
import { postedInvoice } from './o2c-helpers';
import { confirmedOrder } from './sales-helpers';

type Money = { amount: string; currency: string };
type AgeingRow = { currency: string; open: Money; not_due: Money };

const CARDS = ['ageing', 'unapplied', 'holds', 'dunning', 'promises', 'dso', 'drafts'];

/** Every card has finished reading (none is loading any more). */
async function cardsLoaded(page: Page) {
  await expect(page.getByTestId('finance-cards')).toBeVisible();
  await expect(page.locator('[data-testid^="fin-"][data-status="loading"]')).toHaveCount(0);
}

test('finance sees the ageing total the API gives and the demo\'s held order', async ({ page, api }) => {
  await signInApi(page, 'finance', '/finance');
  await cardsLoaded(page);
  for (const id of CARDS) await expect(page.getByTestId(`fin-${id}`)).toHaveAttribute('data-status', /ready|empty/);

  // The ageing at the day the page asked for, in the company currency, as the API answers it.
  const asOf = await page.getByTestId('ageing-as-of').getAttribute('data-as-of');
  const ageing = await apiJson<{ base_currency: string; rows: AgeingRow[] }>(api, `/api/v1/receivables/ageing?as_of=${asOf}`);
  const base = ageing.rows.find((r) => r.currency === ageing.base_currency);
  expect(base, 'the demo has receivables in the company currency').toBeTruthy();
  const shown = page.locator(`[data-testid="ageing-currency"][data-currency="${ageing.base_currency}"]`);
  await expect(shown.getByTestId('ageing-open')).toHaveAttribute('data-amount', base!.open.amount);
  await expect(shown.getByTestId('ageing-open')).toContainText(base!.open.amount.split('.')[0].slice(-3));
  await expect(page.getByTestId('ageing-chart')).toBeVisible();
  // Overdue is open − not due, exactly (in cents: these are integers, no float sum).
  const cents = (m: Money) => BigInt(m.amount.replace('.', ''));
  const overdue = cents(base!.open) - cents(base!.not_due);
  const overdueText = await shown.getByTestId('ageing-overdue').getAttribute('data-amount');
  expect(BigInt(overdueText!.replace('.', ''))).toBe(overdue);

  // The oldest hold (the demo's) is listed and links to its order.
  const holds = await apiJson<{ items: Array<{ id: number; number: string }> }>(api, '/api/v1/credit-holds');
  expect(holds.items.length, 'the demo has an order on credit hold').toBeGreaterThan(0);
  const first = holds.items[0];
  await expect(page.getByTestId('fin-holds').locator(`a[href="/sales-orders/${first.id}"]`)).toHaveText(first.number);
  await expect(page.getByTestId('holds-count')).toContainText(String(holds.items.length));

  // The dunning card offers the demo's proposal to approve (not pressed here).
  const proposed = await apiJson<{ items: Array<{ id: number }> }>(api, '/api/v1/dunning-runs?status=proposed&sort=-as_of&limit=5');
  for (const run of proposed.items) {
    await expect(page.locator(`[data-testid="dunning-proposed"] [data-id="${run.id}"]`).getByTestId('dunning-approve')).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page, 'finance home');

  // It is the first entry of the Finance menu; a proposal's page carries the same Approve.
  const financeGroup = page.locator('.nav-group', { has: page.getByTestId('nav-invoices') });
  await expect(financeGroup.locator('a').first()).toHaveAttribute('data-testid', 'nav-finance-home');
  if (proposed.items.length) {
    await page.goto(`/dunning-runs/${proposed.items[0].id}`);
    await expect(page.getByTestId('record-title')).toBeVisible();
    await expect(page.getByTestId('dunning-run-summary')).toContainText('Proposed');
    await expect(page.getByTestId('dunning-approve')).toBeVisible();
  }
});

test('applying an unapplied payment from the finance home clears it', async ({ page, api }) => {
  // A customer of our own with an open invoice, and a transfer without a reference.
  const account = await createAccount(api, { name: `Finance home ${unique()}` });
  const invoice = await postedInvoice(api, await confirmedOrder(api, [account.id]));
  const today = companyToday();
  const made = await api.post('/api/v1/payments', {
    data: { account_id: account.id, amount: { amount: '1.00', currency: invoice.currency }, paid_on: today },
    headers: { 'Idempotency-Key': `e2e-finhome-${unique()}` },
  });
  expect(made.status(), await made.text()).toBe(201);
  const payment = (await made.json()) as { id: number; unapplied: Money };
  expect(payment.unapplied.amount).toBe('1.00');

  await signInApi(page, 'finance', '/finance');
  const row = page.locator(`[data-testid="unapplied-payment"][data-id="${payment.id}"]`);
  await expect(row.getByTestId('unapplied-amount')).toHaveAttribute('data-amount', '1.00');
  const apply = row.getByTestId('payment-apply-button');
  await expect(apply).toHaveAccessibleName(/Apply .*1\.00/);
  await apply.focus();
  await page.keyboard.press('Enter');
  await expect(row.getByTestId('payment-apply-result')).toContainText('principal');
  await expect(row.getByTestId('unapplied-amount')).toHaveAttribute('data-amount', '0.00');

  const after = await apiJson<{ unapplied: Money; applied_later: Money }>(api, `/api/v1/payments/${payment.id}`);
  expect(after.unapplied.amount).toBe('0.00');
  expect(after.applied_later.amount).toBe('1.00');

  // Its own page offers no second Apply: nothing is left.
  await page.goto(`/payments/${payment.id}`);
  await expect(page.getByTestId('record-title')).toBeVisible();
  await expect(page.getByTestId('payment-apply-button')).toHaveCount(0);
});

test('a payment of a customer with nothing open shows the server\'s problem on its page', async ({ page, api }) => {
  const account = await createAccount(api, { name: `Finance home credit ${unique()}` });
  const made = await api.post('/api/v1/payments', {
    data: { account_id: account.id, amount: { amount: '5.00', currency: 'EUR' }, paid_on: companyToday() },
    headers: { 'Idempotency-Key': `e2e-finhome-${unique()}` },
  });
  expect(made.status(), await made.text()).toBe(201);
  const payment = (await made.json()) as { id: number };
  await signInApi(page, 'finance', `/payments/${payment.id}`);
  await page.getByTestId('payment-apply-button').click();
  // billing.payment_nothing_open in English; the amount stays unapplied.
  await expect(page.getByTestId('payment-apply-error')).toContainText('nothing open in the payment\'s currency');
  const after = await apiJson<{ unapplied: Money }>(api, `/api/v1/payments/${payment.id}`);
  expect(after.unapplied.amount).toBe('5.00');
});

test('finance sends the letters of an approved run once from the finance home', async ({ page, api }) => {
  // An invoice overdue by months, so the run has a letter whatever other specs claimed already.
  const d = new Date();
  const back = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 3, 15)).toISOString().slice(0, 10);
  await postedInvoice(api, await confirmedOrder(api, 'currency=EUR&limit=5&sort=id'), back);
  // A run of our own, approved through the API (as dunning.spec does): the demo's stay as they are.
  const made = await api.post('/api/v1/dunning-runs', {
    data: { as_of: companyToday() },
    headers: { 'Idempotency-Key': `e2e-finhome-run-${unique()}` },
  });
  expect(made.status(), await made.text()).toBe(201);
  const proposed = (await made.json()) as { id: number; version: number };
  const approved = await api.post(`/api/v1/dunning-runs/${proposed.id}/approve`, { headers: { 'If-Match': `"${proposed.version}"` } });
  expect(approved.status(), await approved.text()).toBe(200);
  const claims = (await apiJson<{ items: Array<{ id: number }> }>(api, `/api/v1/dunning-claims?run_id=${proposed.id}&limit=500`)).items;

  await signInApi(page, 'finance', '/finance');
  const run = page.locator(`[data-testid="dunning-approved"] [data-id="${proposed.id}"]`);
  await run.getByTestId('dunning-send').click();
  await expect(run.getByTestId('dunning-notice')).toBeVisible();
  // What the page says was queued is what the outbox holds for the run's claims.
  const outbox = claims.length
    ? (await apiJson<{ items: unknown[] }>(api, `/api/v1/outbox-messages?related_entity=dunning-claims&related_id__in=${claims.map((c) => c.id).join(',')}&limit=500`)).items
    : [];
  expect(outbox.length, 'the run has letters to customers with an e-mail address').toBeGreaterThan(0);
  await expect(run.getByTestId('dunning-notice')).toContainText(`${outbox.length} letters queued`);
  // The run now carries its mark (decision 0062), and after a reload it is listed as sent.
  await expect(run.getByTestId('dunning-sent-mark')).toContainText(`${outbox.length} letters in the outbox`);
  // Where the letters stand, on the card (no mail relay here: waiting, none failed).
  await expect(run.getByTestId('run-delivery-waiting')).toHaveAttribute('data-count', String(outbox.length));
  await expect(run.getByTestId('run-delivery-failed')).toHaveCount(0);
  // Sending again queues nothing more: every letter sent before is skipped.
  await run.getByTestId('dunning-send').click();
  await expect(run.getByTestId('dunning-notice')).toContainText(`0 letters queued; skipped: `);
  await expect(run.getByTestId('dunning-notice')).toContainText(`${outbox.length} already sent`);
  await page.reload();
  await expect(page.locator(`[data-testid="dunning-sent"] [data-id="${proposed.id}"]`).getByTestId('dunning-sent-mark')).toBeVisible();
  await expect(page.locator(`[data-testid="dunning-approved"] [data-id="${proposed.id}"]`)).toHaveCount(0);
  await expect(page.locator(`[data-testid="dunning-sent"] [data-id="${proposed.id}"]`).getByTestId('run-delivery-waiting'))
    .toHaveAttribute('data-count', String(outbox.length));
  // The run's page says where each letter stands (decision 0068): this server has no mail relay,
  // so every queued letter is waiting, none delivered, none failed.
  await page.goto(`/dunning-runs/${proposed.id}`);
  const letters = page.getByTestId('dunning-letters');
  await expect(letters.getByTestId('count-waiting')).toHaveAttribute('data-count', String(outbox.length));
  await expect(letters.getByTestId('count-delivered')).toHaveAttribute('data-count', '0');
  await expect(letters.locator('[data-testid="dunning-letter"][data-delivery="waiting"]')).toHaveCount(outbox.length);
  await expect(letters.getByTestId('dunning-letters-failed')).toHaveCount(0);
});

test('a rep sees only the cards a rep may read, without an error', async ({ page }) => {
  await signInApi(page, 'rep1', '/finance');
  await cardsLoaded(page);
  for (const id of ['ageing', 'unapplied', 'holds', 'promises', 'dso', 'drafts']) {
    await expect(page.getByTestId(`fin-${id}`)).toHaveAttribute('data-status', /ready|empty/);
  }
  await expect(page.getByTestId('fin-dunning')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('payment-apply-button')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the cards stack in one column without sideways scrolling', async ({ page }) => {
    await signInApi(page, 'finance', '/finance');
    await cardsLoaded(page);
    const boxes = await page.locator('[data-testid="finance-cards"] > section').evaluateAll((els) =>
      els.map((e) => { const r = e.getBoundingClientRect(); return { x: Math.round(r.x), right: Math.round(r.right), y: r.y }; }));
    expect(boxes.length).toBe(CARDS.length);
    expect(new Set(boxes.map((b) => b.x)).size, 'one column').toBe(1);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].y).toBeGreaterThan(boxes[i - 1].y);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(sideways).toBe(false);
    await expectNoSeriousA11yViolations(page, 'finance home on a phone');
  });
});
