// A rep sees only their own quotes: another rep's demo quote is neither listed nor openable.
import { test, expect, apiJson, listLoaded } from './fixtures';

type Quote = { id: number; number: string; owner_id: number };
type User = { id: number; email: string; role: string };

test("a rep cannot see another rep's quotes, in the list or by URL", async ({ page, api }) => {
  // Two reps who both own demo quotes (the demo reps share the password rep-demo-2026).
  const quotes = (await apiJson<{ items: Quote[] }>(api, '/api/v1/quotes?limit=200&sort=id')).items;
  const reps = (await apiJson<{ items: User[] }>(api, '/api/v1/users?role=rep&limit=200&sort=id')).items;
  const owners = reps.filter((r) => quotes.some((q) => q.owner_id === r.id));
  expect(owners.length, 'the demo gives at least two reps quotes').toBeGreaterThanOrEqual(2);
  const [me, other] = owners;
  const mine = quotes.find((q) => q.owner_id === me.id)!;
  const theirs = quotes.find((q) => q.owner_id === other.id)!;
  const rep1 = me.id;
  const rep2 = other.id;

  const login = await page.request.post('/api/v1/auth/login', { data: { email: me.email, password: 'rep-demo-2026' } });
  expect(login.status(), `sign in as ${me.email}`).toBe(200);
  await page.goto('/quotes');
  await listLoaded(page);
  await expect(page.getByTestId('list-row').first()).toBeVisible();
  await expect(page.locator(`[data-testid="list-row"][data-id="${theirs.id}"]`)).toHaveCount(0);
  for (const text of await page.getByTestId('row-link').allTextContents()) expect(text).not.toBe(theirs.number);

  // Filtering on rep2 as owner lists nothing.
  await page.goto(`/quotes?owner_id=${rep2}`);
  await listLoaded(page);
  await expect(page.getByTestId('list-empty')).toBeVisible();

  // Her own quote is listed when filtered on her.
  await page.goto(`/quotes?owner_id=${rep1}&sort=id`);
  await listLoaded(page);
  await expect(page.locator(`[data-testid="list-row"][data-id="${mine.id}"]`)).toBeVisible();

  // Direct URL: not found, no data.
  await page.goto(`/quotes/${theirs.id}`);
  await expect(page.getByTestId('record-error')).toHaveText('This record does not exist or is not visible to you.');
  await expect(page.getByText(theirs.number)).toHaveCount(0);

  // Her own opens in the editor.
  await page.goto(`/quotes/${mine.id}`);
  await expect(page.getByTestId('record-title')).toHaveText(mine.number);
  await expect(page.getByTestId('quote-status')).toBeVisible();
});
