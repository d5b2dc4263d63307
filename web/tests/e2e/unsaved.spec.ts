// Leaving a form with unsaved changes asks first (links in the app, Back, reloading the tab);
// after saving or with Cancel it does not.
import { test, expect, createAccount, pickRef, refName, signInApi, unique, apiJson, companyToday } from './fixtures';
import { findLine } from './sales-helpers';

test('record form: leaving with edits asks; stay keeps them; save or cancel leaves without asking', async ({ page, api }) => {
  const account = await createAccount(api, { name: `Unsaved ${unique()}`, city: 'Bonn' });
  await signInApi(page, 'director', `/accounts/${account.id}`);
  await expect(page.getByTestId('record-title')).toHaveText(account.name);
  const dialogs: string[] = [];
  let answer = false;
  page.on('dialog', (d) => { dialogs.push(d.type()); void (answer ? d.accept() : d.dismiss()); });

  // Nothing typed: leaving does not ask.
  await page.getByTestId('nav-accounts').click();
  await expect(page).toHaveURL(/\/accounts$/);
  expect(dialogs).toEqual([]);
  // Back into the record through the list, so that Back stays in the app.
  await page.getByTestId('list-search').fill(account.name);
  await expect(page.getByTestId('list-row')).toHaveCount(1);
  await page.getByTestId('row-link').click();
  await expect(page.getByTestId('record-title')).toHaveText(account.name);
  await page.getByTestId('tab-details').click(); // an account opens on its overview

  // Edits, then a link in the app: asked; staying keeps the typed value.
  await page.getByTestId('field-city').fill('');
  await page.getByTestId('field-city').pressSequentially('Köln');
  await page.getByTestId('nav-accounts').click();
  expect(dialogs).toEqual(['confirm']);
  await expect(page).toHaveURL(new RegExp(`/accounts/${account.id}$`));
  await expect(page.getByTestId('field-city')).toHaveValue('Köln');

  // Back: asked too, and staying keeps the page.
  await page.evaluate(() => history.back());
  await expect.poll(() => dialogs.length).toBe(2);
  expect(dialogs).toEqual(['confirm', 'confirm']);
  await expect(page).toHaveURL(new RegExp(`/accounts/${account.id}$`));
  await expect(page.getByTestId('field-city')).toHaveValue('Köln');

  // Reloading the tab: the browser's own question (beforeunload).
  answer = false;
  const reload = page.reload({ timeout: 3_000 }).catch(() => 'stayed');
  await expect.poll(() => dialogs.length).toBe(3);
  expect(dialogs[2]).toBe('beforeunload');
  await reload;
  await expect(page.getByTestId('field-city')).toHaveValue('Köln');

  // Saved: leaving does not ask.
  await page.getByTestId('record-save').click();
  await expect(page.getByTestId('form-saved')).toBeVisible();
  await page.getByTestId('nav-accounts').click();
  await expect(page).toHaveURL(/\/accounts$/);
  expect(dialogs).toHaveLength(3);
  expect((await apiJson(api, `/api/v1/accounts/${account.id}`)).city).toBe('Köln');

  // Cancel discards without asking.
  await page.goto(`/accounts/${account.id}?tab=details`);
  await page.getByTestId('field-city').fill('Essen');
  await page.getByTestId('record-cancel').click();
  await expect(page).toHaveURL(/\/accounts$/);
  expect(dialogs).toHaveLength(3);

  // Leaving after saying yes.
  answer = true;
  await page.goto(`/accounts/${account.id}?tab=details`);
  await page.getByTestId('field-city').fill('Essen');
  await page.getByTestId('nav-home').click();
  await expect(page).toHaveURL(/\/$/);
  expect(dialogs).toEqual(['confirm', 'confirm', 'beforeunload', 'confirm']);
  expect((await apiJson(api, `/api/v1/accounts/${account.id}`)).city).toBe('Köln');
});

test('new quote: a chosen product is an unsaved change; saving it is not', async ({ page, api }) => {
  test.setTimeout(120_000);
  const today = companyToday();
  const accounts = (await apiJson<{ items: Array<{ id: number }> }>(api, '/api/v1/accounts?limit=5&sort=id')).items.map((a) => a.id);
  const { account_id, product_id } = await findLine(api, accounts, today);
  await signInApi(page, 'director', '/quotes/new');
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.type()); void d.dismiss(); });
  await pickRef(page, 'field-account_id', account_id, await refName(api, 'accounts', account_id));
  await pickRef(page, 'line-product_id-0', product_id, await refName(api, 'products', product_id));
  await page.getByTestId('nav-quotes').click();
  expect(dialogs).toEqual(['confirm']);
  await expect(page).toHaveURL(/\/quotes\/new$/);
  await page.getByTestId('record-save').click();
  await expect(page).toHaveURL(/\/quotes\/\d+$/);
  await expect(page.getByTestId('quote-status')).toHaveAttribute('data-status', 'draft');
  await page.getByTestId('nav-quotes').click();
  await expect(page).toHaveURL(/\/quotes$/);
  expect(dialogs).toEqual(['confirm']);
});
