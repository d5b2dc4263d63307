// Work schedules in the browser: a rep asks for a day of leave, their manager approves it, and
// the rep's working days of the month drop by that day (RULES.md A-R4); a rep checks in and out
// on a phone; a manager sees the team month and lays a rotation over it.
import { test, expect, apiJson, companyToday, expectNoSeriousA11yViolations, signInApi, userId } from './fixtures';

type WorkingDays = { working_days: string; total_half_days: number; days: { date: string; half_days: number; reason: string | null }[] };

const pad = (n: number) => String(n).padStart(2, '0');
/** A second person's browser, in English like the test fixture's (the demo users read Spanish). */
async function englishPage(browser: import('@playwright/test').Browser) {
  const context = await browser.newContext();
  await context.addInitScript(() => localStorage.setItem('salesdesk.locale', 'en'));
  return context.newPage();
}
function thisMonth() {
  const month = companyToday().slice(0, 7);
  const [year, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${pad(last)}` };
}

test('a rep requests leave, the manager approves it, and the month\'s working days drop', async ({ browser, api }) => {
  const rep = await userId(api, 'rep1');
  const manager = await userId(api, 'manager1');
  // rep1's team is led by manager1 (the demo's first team).
  const user = await apiJson<{ team_id: number }>(api, `/api/v1/users/${rep}`);
  expect((await apiJson<{ leader_id: number }>(api, `/api/v1/teams/${user.team_id}`)).leader_id).toBe(manager);
  const { from, to } = thisMonth();
  const before = await apiJson<WorkingDays>(api, `/api/v1/working-days?user_id=${rep}&from=${from}&to=${to}`);
  const day = before.days.find((d) => d.half_days === 2 && d.reason === null);
  expect(day, 'a full working day this month').toBeTruthy();
  const expected = String((before.total_half_days - 2) / 2);

  const repPage = await englishPage(browser);
  await signInApi(repPage, 'rep1', '/schedule');
  await expect(repPage.getByTestId('month-working-days')).toContainText(before.working_days);
  await repPage.getByTestId('request-leave').click();
  await expect(repPage).toHaveURL(/\/leave-requests\/new$/);
  await repPage.getByTestId('field-date_from').fill(day!.date);
  await repPage.getByTestId('field-date_to').fill(day!.date);
  await repPage.getByTestId('field-kind').selectOption('vacation');
  await repPage.getByTestId('record-save').click();
  await expect(repPage).toHaveURL(/\/leave-requests\/\d+$/);
  const leaveId = Number(new URL(repPage.url()).pathname.split('/').pop());
  // Requested, not yet approved: the month is unchanged.
  await repPage.goto('/schedule');
  await expect(repPage.getByTestId('month-working-days')).toContainText(before.working_days);
  await expect(repPage.getByTestId('my-leave').first()).toContainText('Requested');
  // The person may cancel their request but not decide it.
  await repPage.goto(`/leave-requests/${leaveId}`);
  await expect(repPage.getByTestId('leave-cancelled')).toBeVisible();
  await expect(repPage.getByTestId('leave-approved')).toHaveCount(0);

  // The leader decides with a button; the page then says so and offers to reject or cancel it.
  const managerPage = await englishPage(browser);
  await signInApi(managerPage, 'manager1', `/leave-requests/${leaveId}`);
  const decision = managerPage.getByTestId('leave-decision');
  await expectNoSeriousA11yViolations(managerPage, 'leave decision');
  await decision.getByTestId('leave-approved').click();
  await expect(managerPage.getByText('Leave approved.')).toBeVisible();
  await expect(decision.getByTestId('leave-approved')).toHaveCount(0);
  await expect(decision.getByTestId('leave-rejected')).toBeVisible();
  await expect.poll(async () => (await apiJson<{ status: string }>(api, `/api/v1/leave-requests/${leaveId}`)).status).toBe('approved');
  const decided = await apiJson<{ decided_by_id: number }>(api, `/api/v1/leave-requests/${leaveId}`);
  expect(decided.decided_by_id).toBe(manager);

  await repPage.goto('/schedule');
  await expect(repPage.getByTestId('month-working-days')).toContainText(expected);
  await expect(repPage.getByTestId('away-day').filter({ hasText: 'Leave' })).not.toHaveCount(0);
  const after = await apiJson<WorkingDays>(api, `/api/v1/working-days?user_id=${rep}&from=${from}&to=${to}`);
  expect(after.total_half_days).toBe(before.total_half_days - 2);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a rep checks in and out, and the page does not scroll sideways', async ({ page, api }) => {
    await signInApi(page, 'rep2', '/schedule');
    await page.getByTestId('checkin-place').fill('Hospital del Mar');
    await page.getByTestId('check-in').click();
    await expect(page.getByTestId('checked-in')).toContainText('Hospital del Mar');
    await page.getByTestId('check-out').click();
    await expect(page.getByTestId('checked-out')).toBeVisible();
    const rep = await userId(api, 'rep2');
    const today = companyToday();
    const stored = await apiJson<{ items: { place: string; check_out: string | null }[] }>(api, `/api/v1/attendance?owner_id=${rep}&date=${today}`);
    expect(stored.items).toHaveLength(1);
    expect(stored.items[0].place).toBe('Hospital del Mar');
    expect(stored.items[0].check_out).toMatch(/^\d\d:\d\d$/);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(sideways).toBe(false);
    await expectNoSeriousA11yViolations(page, 'my schedule on a phone');
  });
});

test('a manager sees the team month and a second rotation run keeps every entry', async ({ page }) => {
  await signInApi(page, 'manager1', '/schedule/team');
  await expect(page.getByTestId('grid-row').first()).toBeVisible();
  const rows = await page.getByTestId('grid-row').count();
  expect(rows).toBeGreaterThan(1);
  // The demo laid this month's rota already: generating again creates nothing.
  await page.getByTestId('generate-rota').click();
  await expect(page.getByTestId('team-notice')).toContainText(/^0 rota entries created/);
  await expectNoSeriousA11yViolations(page, 'team month');
});

test('the director adds a year of national holidays from the list, and a second time adds none', async ({ page, api }) => {
  await signInApi(page, 'director', '/public-holidays?country=PT');
  await page.getByTestId('holidays-generate').click();
  const dialog = page.getByTestId('holidays-dialog');
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'add national holidays');
  await dialog.getByTestId('holidays-country').selectOption('PT');
  await dialog.getByTestId('holidays-year').fill('2031');  // the demo seeds 2024-2027
  await dialog.getByTestId('holidays-submit').click();
  await expect(dialog).toBeHidden();
  const stored = await apiJson<{ items: { date: string; name: string }[] }>(api, '/api/v1/public-holidays?country=PT&date__gte=2031-01-01&date__lte=2031-12-31&limit=100');
  expect(stored.items.length).toBeGreaterThan(8);
  expect(stored.items.map((h) => h.date)).toContain('2031-04-25');  // Freedom Day
  await expect(page.getByTestId('list-notice')).toHaveText(`Portugal 2031: ${stored.items.length} holidays added, 0 kept.`);

  await page.getByTestId('holidays-generate').click();
  await dialog.getByTestId('holidays-country').selectOption('PT');
  await dialog.getByTestId('holidays-year').fill('2031');
  await dialog.getByTestId('holidays-submit').click();
  await expect(page.getByTestId('list-notice')).toHaveText(`Portugal 2031: 0 holidays added, ${stored.items.length} kept.`);

  // A year the calendar cannot count is refused in the dialog, naming the field.
  await page.getByTestId('holidays-generate').click();
  await dialog.getByTestId('holidays-year').fill('1200');
  await dialog.getByTestId('holidays-submit').click();
  await expect(dialog.getByTestId('holidays-error')).toBeVisible();
  await expect(dialog).toBeVisible();
});

test('a rep has no "Add national holidays"', async ({ page }) => {
  await signInApi(page, 'rep1', '/public-holidays');
  await expect(page.getByTestId('list-table')).toBeVisible();
  await expect(page.getByTestId('holidays-generate')).toHaveCount(0);
});

test('the leader decides leave from the queue: the working days it takes and who else is away', async ({ browser, api }) => {
  const rep = await userId(api, 'rep1');
  const team = (await apiJson<{ team_id: number }>(api, `/api/v1/users/${rep}`)).team_id;
  const mates = await apiJson<{ items: { id: number; role: string }[] }>(api, `/api/v1/users?team_id=${team}&active=true&limit=50`);
  const mate = mates.items.find((u) => u.id !== rep && u.role === 'rep')!;
  expect(mate, 'a teammate of rep1').toBeTruthy();
  // A Monday to Friday next year on which neither has leave yet (the demo's, other runs' of the
  // same database): overlapping leave of one person is refused.
  const year = Number(companyToday().slice(0, 4)) + 1;
  const busy = async (owner: number, from: string, to: string) =>
    (await apiJson<{ total: number }>(api, `/api/v1/leave-requests?owner_id=${owner}&status__in=requested,approved&date_from__lte=${to}&date_to__gte=${from}&limit=1`)).total > 0;
  let monday = new Date(0);
  const day = (n: number) => new Date(monday.getTime() + n * 86_400_000).toISOString().slice(0, 10);
  for (let week = Math.floor(Date.now() / 1000) % 40; ; week++) {
    expect(week, 'a free week next year').toBeLessThan(52);
    monday = new Date(Date.UTC(year, 0, 4 + 7 * week));
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    if (!(await busy(rep, day(0), day(4))) && !(await busy(mate.id, day(3), day(3)))) break;
  }
  const create = async (fields: Record<string, unknown>) => {
    const res = await api.post('/api/v1/leave-requests', { data: { kind: 'vacation', ...fields } });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as { id: number };
  };
  // rep1 asks for the week, the afternoon of Monday on; the teammate is away on its Thursday.
  const leave = await create({ owner_id: rep, date_from: day(0), from_half: true, date_to: day(4), status: 'requested' });
  await create({ owner_id: mate.id, date_from: day(3), date_to: day(3), status: 'approved' });
  const days = await apiJson<WorkingDays>(api, `/api/v1/working-days?user_id=${rep}&from=${day(0)}&to=${day(4)}`);
  const taken = days.days.reduce((sum, d) => sum + Math.min(d.half_days, d.date === day(0) ? 1 : 2), 0);

  const page = await englishPage(browser);
  await signInApi(page, 'manager1', '/');
  await page.getByTestId('nav-leave-queue').click();
  await expect(page).toHaveURL(/\/leave-requests\/queue$/);
  const item = page.locator(`[data-testid="leave-queue-item"][data-id="${leave.id}"]`);
  await expect(item.getByTestId('leave-queue-days')).toHaveText(`Working days it takes: ${new Intl.NumberFormat('en').format(taken / 2)}`);
  await expect(item.getByTestId('leave-queue-away')).toContainText('Also away then:');
  const mateName = (await apiJson<{ name: string }>(api, `/api/v1/users/${mate.id}`)).name;
  await expect(item.getByTestId('leave-queue-away').locator('li').filter({ hasText: mateName })).toContainText('Approved');
  await expectNoSeriousA11yViolations(page, 'leave queue');

  await item.getByTestId('leave-queue-approve').click();
  await expect(page.getByTestId('leave-queue-notice')).toContainText('approved');
  await expect(item).toHaveCount(0);
  const decided = await apiJson<{ status: string; decided_by_id: number }>(api, `/api/v1/leave-requests/${leave.id}`);
  expect(decided.status).toBe('approved');
  expect(decided.decided_by_id).toBe(await userId(api, 'manager1'));

  // A rep has no queue: the nav entry is missing and the page says it is not theirs.
  const repPage = await englishPage(browser);
  await signInApi(repPage, 'rep1', '/');
  await expect(repPage.getByTestId('nav-leave-queue')).toHaveCount(0);
  await repPage.goto('/leave-requests/queue');
  await expect(repPage.getByTestId('forbidden')).toBeVisible();
});
