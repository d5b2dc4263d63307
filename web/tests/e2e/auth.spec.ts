// Sign in (good, wrong password, rate-limited), who am I, sign out.
import { test, expect, USERS, signInForm } from './fixtures';

test('signs in with the right password and shows who is signed in', async ({ page }) => {
  await signInForm(page, 'director');
  await expect(page.getByTestId('user-name')).toHaveText(USERS.director.name);
  await expect(page.getByTestId('user-role')).toHaveText('Sales director');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Good to see you, Elena');
  await expect(page.getByTestId('kpi-totalAccounts')).toBeVisible();
});

test('a wrong password gives a clear message and keeps the person on the sign-in form', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('login-email').fill(USERS.finance.email);
  await page.getByTestId('login-password').fill('not-the-password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toHaveText('The e-mail or password is not right. Check both and try again.');
  await expect(page.getByTestId('login-password')).toHaveValue('');
  await expect(page.getByTestId('user-menu')).toHaveCount(0);
});

test('repeated failures are rate-limited with the seconds to wait', async ({ page }) => {
  // A dedicated (unknown) e-mail, so no other test's sign-in is blocked. Five failures within
  // the window block the e-mail; the sixth attempt gets 429 with Retry-After.
  const email = `ratelimit-${Date.now()}@medsupply.example`;
  await page.goto('/');
  for (let i = 0; i < 5; i++) {
    const res = await page.request.post('/api/v1/auth/login', { data: { email, password: 'wrong' } });
    expect(res.status()).toBe(401);
  }
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('wrong-again');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toHaveText(/^Too many attempts\. Wait \d+ seconds, then try again\.$/);
  await expect(page.getByTestId('login-submit')).toBeDisabled();
});

test('signs out: the session is gone on the server too', async ({ page }) => {
  await signInForm(page, 'rep1');
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('login-form')).toBeVisible();
  expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
  await page.reload();
  await expect(page.getByTestId('login-form')).toBeVisible();
  await expect(page.getByTestId('user-menu')).toHaveCount(0);
});
