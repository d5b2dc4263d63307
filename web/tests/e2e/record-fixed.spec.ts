// A record the server never updates through the generic route (a payment: it changes only through
// its actions, no PATCH) opens without a Save button and says why, while finance — who may create
// payments — still gets the form on an updatable record (an account).
import { test, expect, apiJson, signInApi } from './fixtures';

test('a saved payment opens read-only for finance, an account stays editable', async ({ page, api }) => {
  const [payment] = (await apiJson<{ items: { id: number }[] }>(api, '/api/v1/payments?limit=1&sort=id')).items;
  expect(payment, 'the demo has payments').toBeDefined();
  await signInApi(page, 'finance', `/payments/${payment.id}`);
  await expect(page.getByTestId('record-form')).toBeVisible();
  await expect(page.getByTestId('record-read-only')).toContainText('changes only through its actions');
  await expect(page.getByTestId('record-save')).toHaveCount(0);

  await signInApi(page, 'director', '/accounts/1?tab=details'); // an account opens on its overview
  await expect(page.getByTestId('record-form')).toBeVisible();
  await expect(page.getByTestId('record-read-only')).toHaveCount(0);
  await expect(page.getByTestId('record-save')).toBeVisible();
});
