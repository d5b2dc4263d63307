// The morning meeting (issue 11, decision 0059): a manager opens it on the demo and sees their
// team's people with yesterday's figures and today's plan, the team totals adding them up, and
// "Print" opening the browser's print dialog (stubbed here). On a phone the people are cards,
// one under the other, without sideways scrolling. A rep has no menu entry and is refused.
import { test, expect, expectNoSeriousA11yViolations, signInApi } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('salesdesk.locale', 'en');
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => { (window as unknown as { printed: number }).printed++; };
  });
});

test('a manager holds the morning meeting of their team and prints it', async ({ page }) => {
  await signInApi(page, 'manager1', '/morning-meeting');
  const meeting = page.getByTestId('morning-meeting');
  await expect(meeting.getByRole('heading', { level: 1 })).toContainText('Morning meeting: ');
  const people = meeting.getByTestId('meeting-person');
  await expect(people.first()).toBeVisible();
  const count = await people.count();
  expect(count).toBeGreaterThan(1);
  await expect(meeting.getByTestId('meeting-totals')).toContainText(`(${count} people)`);

  // The totals are the people's figures added up (today's planned calls: every demo rep has some).
  let calls = 0;
  for (let i = 0; i < count; i++) {
    calls += Number(await people.nth(i).getByTestId('figure-planned_calls').textContent());
  }
  expect(calls).toBeGreaterThan(0);
  await expect(meeting.getByTestId('total-planned_calls')).toHaveText(String(calls));
  await expect(people.first().getByTestId('meeting-plan-item').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'morning meeting');

  await meeting.getByTestId('meeting-print').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // In print the app's navigation and the controls are gone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#sidenav')).toBeHidden();
  await expect(meeting.getByTestId('meeting-print')).toBeHidden();
  await expect(people.first()).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the people are cards one under the other', async ({ page }) => {
    await signInApi(page, 'manager1', '/morning-meeting');
    const people = page.getByTestId('meeting-person');
    await expect(people.nth(1)).toBeVisible();
    const [a, b] = [await people.nth(0).boundingBox(), await people.nth(1).boundingBox()];
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('a rep has no morning meeting', async ({ page }) => {
  await signInApi(page, 'rep1', '/today');
  await expect(page.locator('#sidenav a[href="/morning-meeting"]')).toHaveCount(0);
  const r = await page.request.get('/api/v1/morning-meeting');
  expect(r.status()).toBe(403);
});
