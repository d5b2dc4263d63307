// A rep sees only their own accounts: another rep's account is neither in the list nor openable.
import { test, expect, apiJson, listLoaded, signInApi, userId } from './fixtures';

type Account = { id: number; name: string; owner_id: number };

test("a rep cannot see another rep's account, in the list or by URL", async ({ page, api }) => {
  const [rep1, rep2] = [await userId(api, 'rep1'), await userId(api, 'rep2')];
  const theirs = (await apiJson<{ items: Account[] }>(api, `/api/v1/accounts?owner_id=${rep2}&limit=1&sort=id`)).items[0];
  const mine = (await apiJson<{ items: Account[] }>(api, `/api/v1/accounts?owner_id=${rep1}&limit=1&sort=id`)).items[0];
  expect(theirs, 'the demo gives rep2 accounts').toBeTruthy();
  expect(mine, 'the demo gives rep1 accounts').toBeTruthy();

  await signInApi(page, 'rep1', '/accounts');
  await listLoaded(page);

  // Search by the exact name: rep1's own account is found (the search works) ...
  await page.getByTestId('list-search').fill(mine.name);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(mine.name);
  await listLoaded(page);
  await expect(page.locator(`[data-testid="list-row"][data-id="${mine.id}"]`)).toBeVisible();

  // ... rep2's is not.
  await page.getByTestId('list-search').fill(theirs.name);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(theirs.name);
  // The list has followed the new search once rep1's own account left it.
  if (!mine.name.toLowerCase().includes(theirs.name.toLowerCase())) {
    await expect(page.locator(`[data-testid="list-row"][data-id="${mine.id}"]`)).toHaveCount(0);
  }
  await listLoaded(page);
  await expect(page.locator(`[data-testid="list-row"][data-id="${theirs.id}"]`)).toHaveCount(0);
  for (const text of await page.getByTestId('row-link').allTextContents()) expect(text).not.toBe(theirs.name);

  // Direct URL: a not-found message, no data.
  await page.goto(`/accounts/${theirs.id}`);
  await expect(page.getByTestId('record-error')).toHaveText('This record does not exist or is not visible to you.');
  await expect(page.getByTestId('record-form')).toHaveCount(0);
  await expect(page.getByText(theirs.name)).toHaveCount(0);

  // And their own account opens.
  await page.goto(`/accounts/${mine.id}`);
  await expect(page.getByTestId('record-title')).toHaveText(mine.name);
});
