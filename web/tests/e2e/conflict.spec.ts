// The 412 flow: two people edit the same account; the second save is refused, the person is told,
// reloads without losing what they typed, and saves.
import { test, expect, createAccount, signInApi, unique, userId } from './fixtures';

test('412 conflict from two browser contexts keeps what was typed', async ({ browser, api }) => {
  // Owned by manager1, so both the director (A) and the manager (B) may edit it.
  const account = await createAccount(api, { name: `E2E Conflict ${unique()}`, city: 'Bonn', owner_id: await userId(api, 'manager1') });
  const path = `/accounts/${account.id}?tab=details`; // the form, not the overview

  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  for (const ctx of [ctxA, ctxB]) {
    await ctx.addInitScript(() => localStorage.setItem('salesdesk.locale', 'en'));
  }
  try {
    const a = await ctxA.newPage();
    const b = await ctxB.newPage();
    await signInApi(a, 'director', path);
    await signInApi(b, 'manager1', '/');
    await b.goto(path);
    for (const p of [a, b]) await expect(p.getByTestId('record-title')).toHaveText(account.name);

    // A changes the phone and saves.
    await a.getByTestId('field-phone').fill('+49 228 123456');
    await a.getByTestId('record-save').click();
    await expect(a.getByTestId('form-saved')).toHaveText('Saved.');

    // B, still on the old version, changes the city and saves: 412.
    await b.getByTestId('field-city').fill('Köln');
    await b.getByTestId('record-save').click();
    await expect(b.getByTestId('conflict-banner')).toContainText('Someone else changed this record while you were editing it.');
    await expect(b.getByTestId('conflict-reload')).toBeFocused();
    await expect(b.getByTestId('field-city')).toHaveValue('Köln');

    // Reload: the other person's change comes in, B's typed value stays.
    await b.getByTestId('conflict-reload').click();
    await expect(b.getByTestId('conflict-banner')).toHaveCount(0);
    await expect(b.getByTestId('field-city')).toHaveValue('Köln');
    await expect(b.getByTestId('field-phone')).toHaveValue('+49 228 123456');
    await b.getByTestId('record-save').click();
    await expect(b.getByTestId('form-saved')).toHaveText('Saved.');

    const stored = await (await api.get(`/api/v1/accounts/${account.id}`)).json();
    expect(stored).toMatchObject({ city: 'Köln', phone: '+49 228 123456', version: account.version + 2 });
  } finally {
    await ctxA.close();
    await ctxB.close();
  }
});
