// The leads module: a rep qualifies a lead assigned to them and converts it into a new account,
// landing on the account; a disqualification asks for its reason; finance has no leads.
import { test, expect, apiJson, createAccount, expectNoSeriousA11yViolations, listLoaded, signInApi, unique, userId } from './fixtures';

type Lead = { id: number; status: string; score: number; converted_account_id: number | null; converted_contact_id: number | null };

async function newLead(api: Parameters<typeof apiJson>[0], fields: Record<string, unknown>): Promise<Lead> {
  const res = await api.post('/api/v1/leads', { data: fields });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

test('a rep qualifies a lead and converts it, landing on the new account', async ({ page, api }) => {
  const company = `Klinik ${unique()} GmbH`;
  const lead = await newLead(api, {
    first_name: 'Anna', last_name: 'Weber', company, job_title: 'Head of Purchasing', email: 'a.weber@klinik-nord.example',
    country: 'DE', source: 'referral', owner_id: await userId(api, 'rep1'),
  });
  await signInApi(page, 'rep1', `/leads/${lead.id}`);
  const actions = page.getByTestId('lead-actions');
  await expect(actions.getByTestId('lead-score')).toContainText(String(lead.score));
  await actions.getByTestId('lead-qualify').click();
  await expect(actions.getByTestId('lead-convert')).toBeVisible();
  await actions.getByTestId('lead-convert').click();
  const dialog = page.getByTestId('lead-convert-dialog');
  await expect(dialog.getByTestId('lead-cv-new')).toBeChecked();
  await expect(dialog.getByTestId('lead-cv-new')).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'lead page with the convert dialog');
  await dialog.getByTestId('lead-cv-confirm').click();
  await expect(page).toHaveURL(/\/accounts\/\d+$/);
  await expect(page.getByTestId('record-title')).toHaveText(company);

  const converted = await apiJson<Lead>(api, `/api/v1/leads/${lead.id}`);
  expect(converted.status).toBe('converted');
  expect(page.url()).toContain(`/accounts/${converted.converted_account_id}`);
  expect(converted.converted_contact_id).not.toBeNull();
  // Back on the lead: no more actions, a link to the account.
  await page.goto(`/leads/${lead.id}`);
  await expect(page.getByTestId('lead-converted')).toBeVisible();
  await expect(page.getByTestId('lead-qualify')).toHaveCount(0);
});

test('converting can open the first opportunity on the new account, defaults filled in', async ({ page, api }) => {
  const company = `Praxis ${unique()} GmbH`;
  const lead = await newLead(api, {
    first_name: 'Jonas', last_name: 'Kraus', company, country: 'DE', source: 'event', status: 'qualified',
    owner_id: await userId(api, 'rep1'),
  });
  await signInApi(page, 'rep1', `/leads/${lead.id}`);
  await page.getByTestId('lead-convert').click();
  const dialog = page.getByTestId('lead-convert-dialog');
  await dialog.getByTestId('lead-cv-deal').check();
  await expect(dialog.getByTestId('lead-cv-title')).toHaveValue(company);
  await expect(dialog.getByTestId('lead-cv-currency')).toHaveValue(/^[A-Z]{3}$/);
  await expect(dialog.getByTestId('lead-cv-close')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await dialog.getByTestId('lead-cv-amount').fill('12500');
  await expectNoSeriousA11yViolations(page, 'convert dialog with an opportunity');
  await dialog.getByTestId('lead-cv-confirm').click();
  await expect(page).toHaveURL(/\/accounts\/\d+$/);
  const deals = await apiJson<{ items: { title: string; owner_id: number; amount: { amount: string } }[] }>(api, `/api/v1/opportunities?lead_id=${lead.id}`);
  expect(deals.items).toHaveLength(1);
  expect(deals.items[0].title).toBe(company);
  expect(deals.items[0].amount.amount).toBe('12500.00');
  expect(deals.items[0].owner_id).toBe(await userId(api, 'rep1'));
});

test('a new lead like an existing account is flagged while it is typed, and the account is one click away', async ({ page, api }) => {
  const u = unique();
  const vat = `DE${String(Date.now()).slice(-9)}`;
  const account = await createAccount(api, { name: `Optik ${u} GmbH & Co. KG`, tax_id: vat, owner_id: await userId(api, 'rep1') });
  await signInApi(page, 'rep1', '/leads/new');
  await page.getByTestId('field-company').fill(`optik ${u} AG`);
  const panel = page.getByTestId('duplicates-panel');
  const candidate = panel.getByTestId('duplicate-candidate').filter({ hasText: account.name });
  await expect(candidate).toContainText('Same name');
  // The VAT id written another way matches too, and is the stronger reason.
  await page.getByTestId('field-vat_id').fill(`${vat.slice(0, 2)} ${vat.slice(2, 5)}.${vat.slice(5)}`);
  await expect(candidate).toContainText('Same VAT ID');
  await expect(candidate.locator('.chip').first()).toHaveText('Same VAT ID');
  await expectNoSeriousA11yViolations(page, 'new lead form with possible duplicates');
  // Leaving the typed form is asked first (the unsaved-changes guard); the user agrees.
  page.once('dialog', (d) => d.accept());
  await candidate.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${account.id}$`));
});

test('a rep merges a duplicate account into the one open, sees what it filled in, and undoes it', async ({ page, api }) => {
  const u = unique();
  const vat = `DE${String(Date.now() + 7).slice(-9)}`;
  const rep = await userId(api, 'rep1');
  const keep = await createAccount(api, { name: `Labor ${u}`, tax_id: vat, owner_id: rep });
  const twin = await createAccount(api, { name: `Labor ${u} GmbH`, tax_id: vat, phone: '+49 30 1234567', owner_id: rep });
  await signInApi(page, 'rep1', `/accounts/${keep.id}?tab=details`);
  const candidate = page.getByTestId('duplicate-candidate').filter({ hasText: twin.name });
  await candidate.getByTestId('merge-ask').click();
  await expect(candidate.getByTestId('merge-confirm')).toContainText(twin.name);
  await candidate.getByTestId('merge-yes').click();
  await expect(page.getByTestId('merge-done')).toContainText(twin.name);
  await expect(page.getByTestId('field-phone')).toHaveValue('+49 30 1234567');
  await expect(page.getByTestId('duplicate-candidate').filter({ hasText: twin.name })).toHaveCount(0);
  expect((await api.get(`/api/v1/accounts/${twin.id}`)).status()).toBe(404);

  await page.getByTestId('merge-undo').click();
  await expect(page.getByTestId('form-saved')).toHaveText('The merge was undone.');
  await expect(page.getByTestId('field-phone')).toHaveValue('');
  expect((await api.get(`/api/v1/accounts/${twin.id}`)).status()).toBe(200);
});

test('disqualifying asks why, and the server\'s problem is shown in the user\'s words', async ({ page, api }) => {
  const lead = await newLead(api, { last_name: `Ruiz ${unique()}`, country: 'ES', owner_id: await userId(api, 'rep1') });
  await signInApi(page, 'rep1', `/leads/${lead.id}`);
  await page.getByTestId('lead-disqualify').click();
  const dialog = page.getByTestId('lead-disqualify-dialog');
  await dialog.getByTestId('lead-dq-confirm').click();
  await expect(page.getByTestId('lead-action-error')).toContainText('disqualif');
  await dialog.getByTestId('lead-dq-reason').selectOption('no_budget');
  await dialog.getByTestId('lead-dq-confirm').click();
  await expect(page.getByTestId('lead-reopen')).toBeVisible();
  const stored = await apiJson<Lead & { disqualify_reason: string }>(api, `/api/v1/leads/${lead.id}`);
  expect(stored.status).toBe('disqualified');
  expect(stored.disqualify_reason).toBe('no_budget');
});

test('finance has no leads in the menu', async ({ page }) => {
  await signInApi(page, 'finance', '/');
  await expect(page.getByTestId('nav-accounts')).toBeVisible();
  await expect(page.getByTestId('nav-leads')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the leads list does not scroll the page sideways', async ({ page }) => {
    await signInApi(page, 'rep1', '/leads');
    await listLoaded(page);
    await expect(page.getByTestId('list-row').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
