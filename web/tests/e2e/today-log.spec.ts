// "Today" on a rep's phone: logging a call offers its outcomes by their names (the activity
// module's words — the labels were once looked up with their arguments swapped and showed keys)
// and saves in two taps.
import { test, expect, signInApi, unique } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

test('a rep logs a call from Today in two taps and reads it by name', async ({ page }) => {
  await signInApi(page, 'rep1', '/today');
  await page.getByTestId('log-call').click();
  const dialog = page.getByTestId('log-dialog');
  await expect(dialog.getByTestId('outcome-reached')).toHaveText('Reached');
  await expect(dialog.getByTestId('outcome-no_answer')).toHaveText('No answer');
  const subject = `Follow-up ${unique()}`;
  await dialog.getByTestId('log-subject').fill(subject);
  await dialog.getByTestId('outcome-reached').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('notice')).toBeVisible();
});
