// Dunning (issue 13): finance runs dunning (a proposal at today, approved) and the account's rep
// finds the task the letter's level asks for in their task list. Approving a run makes the
// demo's pending proposal stale (decision 0039): other specs must not count on it.
import { test, expect, apiJson, unique, companyToday } from './fixtures';

type Claim = { id: number; account_id: number; task_id: number | null; level: number };
type Task = { id: number; title: string; owner_id: number };

// The demo's passwords are per role.
const PASSWORDS: Record<string, string> = {
  rep: 'rep-demo-2026', manager: 'manager-demo-2026', senior_manager: 'senior-demo-2026', director: 'director-demo-2026',
};

test('run dunning and see the rep\'s task', async ({ page, api }) => {
  const run = await api.post('/api/v1/dunning-runs', {
    data: { as_of: companyToday() },
    headers: { 'Idempotency-Key': `e2e-dunning-${unique()}` },
  });
  expect(run.status(), await run.text()).toBe(201);
  const proposed = (await run.json()) as { id: number; version: number };
  const approved = await api.post(`/api/v1/dunning-runs/${proposed.id}/approve`, { headers: { 'If-Match': `"${proposed.version}"` } });
  expect(approved.status(), await approved.text()).toBe(200);

  const claims = (await apiJson<{ items: Claim[] }>(api, `/api/v1/dunning-claims?run_id=${proposed.id}&limit=500`)).items;
  const withTask = claims.find((c) => c.task_id);
  expect(withTask, 'a letter whose level asks for a task').toBeTruthy();
  const task = await apiJson<Task>(api, `/api/v1/tasks/${withTask!.task_id}`);
  expect(task.title).toMatch(/^Dunning level \d/);
  const owner = await apiJson<{ email: string; role: string }>(api, `/api/v1/users/${task.owner_id}`);

  // The rep signs in and finds it in their task list.
  const login = await page.request.post('/api/v1/auth/login', { data: { email: owner.email, password: PASSWORDS[owner.role] } });
  expect(login.status(), `sign-in as ${owner.email}`).toBe(200);
  await page.goto(`/tasks?q=${encodeURIComponent(task.title)}`);
  const link = page.getByRole('link', { name: task.title }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${task.id}$`));
});
