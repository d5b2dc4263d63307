// Type-to-search pickers (RefCombobox): manager1 picks an account that the old 500-entry dropdown
// could not offer, by typing part of its name; a keyboard-only pick (Down/Up/Enter, Escape) with
// the WAI-ARIA combobox attributes; axe with the listbox open.
import { test, expect, createAccount, expectNoSeriousA11yViolations, pickRef, signInApi, unique, userId } from './fixtures';

test('manager1 picks an account beyond the first 500 by typing', async ({ page, api }) => {
  test.setTimeout(240_000);
  const manager = await userId(api, 'manager1');
  await signInApi(page, 'manager1', '/quotes/new');
  const visible = async () => (await (await page.request.get('/api/v1/accounts?limit=1')).json()).total as number;
  // Enough accounts of hers that one sorts beyond the first 500 by name.
  const tag = unique();
  const missing = Math.max(0, 505 - (await visible()));
  for (let i = 0; i < missing; i += 20) {
    await Promise.all(Array.from({ length: Math.min(20, missing - i) }, (_, k) =>
      createAccount(api, { name: `Zy picker ${tag} ${String(i + k).padStart(3, '0')}`, owner_id: manager })));
  }
  const target = await createAccount(api, { name: `Zz Klinik ${tag}`, owner_id: manager });
  expect(await visible()).toBeGreaterThan(500);
  // The old picker offered the first 500 by name: the target is not among them.
  const first500 = (await (await page.request.get('/api/v1/accounts?limit=500&sort=name')).json()).items as Array<{ id: number }>;
  expect(first500.some((a) => a.id === target.id)).toBe(false);

  await expect(page.getByTestId('record-title')).toHaveText(/^New quote$/i);
  await pickRef(page, 'field-account_id', target.id, `klinik ${tag}`);
  await expect(page.getByTestId('field-account_id')).toHaveValue(target.name);
  await expect(page.getByTestId('field-account_id')).toHaveAttribute('aria-expanded', 'false');
});

test('keyboard-only pick: type, Down, Enter; Escape restores the chosen name', async ({ page, api }) => {
  const a = await createAccount(api, { name: `Kbd Praxis ${unique()} Nord` });
  const b = await createAccount(api, { name: `${a.name.replace('Nord', 'Süd')}` });
  await signInApi(page, 'director', '/pricing/simulator');
  const input = page.getByTestId('sim-account_id');
  await expect(input).toHaveAttribute('role', 'combobox');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  const listbox = page.locator(`#${await input.getAttribute('aria-controls')}`);
  await expect(listbox).toHaveAttribute('role', 'listbox');

  await input.focus();
  await page.keyboard.type(a.name.replace(' Nord', ''));
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  const options = page.getByTestId('sim-account_id-option');
  await expect(options).toHaveCount(2);
  // The first match is active; Down moves to the second (name order: Nord, Süd).
  const active = async () => page.locator(`#${await input.getAttribute('aria-activedescendant')}`);
  await expect(await active()).toHaveAttribute('aria-selected', 'true');
  await expect(await active()).toHaveText(a.name);
  await page.keyboard.press('ArrowDown');
  await expect(await active()).toHaveText(b.name);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await expectNoSeriousA11yViolations(page, 'simulator with a picker open');
  await page.keyboard.press('Enter');
  await expect(input).toHaveAttribute('data-value', String(b.id));
  await expect(input).toHaveValue(b.name);
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(input).not.toHaveAttribute('aria-activedescendant');
  await expect(input).toBeFocused();

  // Typing something else and pressing Escape keeps the pick and its name.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('zzz-nothing');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(input).toHaveValue(b.name);
  await expect(input).toHaveAttribute('data-value', String(b.id));

  // Down on a closed picker opens it; Tab leaves without changing the value.
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(input).toHaveAttribute('data-value', String(b.id));
  await expect(page.getByTestId('sim-product_id')).toBeFocused();
});
