// Import (docs/import-export.md): a rep uploads an accounts CSV with bad rows, checks it (the bad
// rows are named by row and column, and come as a CSV to fix), fixes the file, uploads it again
// and imports it with the progress shown; the accounts are in the list.
import { test, expect, apiJson, listLoaded, signInApi, unique } from './fixtures';

type Page<T> = { items: T[]; total?: number };

test('a rep reviews an import with bad rows, fixes the file and imports it', async ({ page, api }) => {
  const tag = `Imp ${unique()}`;
  const header = 'kind;name;country;currency;email\n';
  const bad = `${header}company;${tag} Uno;ES;EUR;uno@example.com\ncompany;${tag} Dos;;EUR;not-an-email\n`;
  const fixed = `${header}company;${tag} Uno;ES;EUR;uno@example.com\ncompany;${tag} Dos;PT;EUR;dos@example.com\n`;

  await signInApi(page, 'rep1', '/accounts');
  await listLoaded(page);
  await page.getByTestId('list-import').click();
  await expect(page).toHaveURL(/\/accounts\/import$/);

  await page.getByTestId('import-file').setInputFiles({ name: 'accounts.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByTestId('import-upload').click();
  await expect(page.getByTestId('import-summary')).toContainText('2');
  // The file's headers are the fields' names: the mapping is proposed.
  await expect(page.getByTestId('import-map-country')).toHaveValue('country');

  await page.getByTestId('import-check').click();
  const errors = page.getByTestId('import-dry-run').getByTestId('import-errors');
  await expect(errors).toContainText('3');        // the row as a spreadsheet numbers it
  await expect(errors).toContainText('country');  // the column
  await expect(errors).toContainText('email');
  // The bad rows as a CSV to fix in a spreadsheet: the row as read, its number, its problems.
  const download = page.waitForEvent('download');
  await page.getByTestId('import-errors-csv').click();
  const file = await download;
  const text = (await (await file.createReadStream()).toArray()).join('');
  expect(text).toContain(`company,${tag} Dos,,EUR,not-an-email,3,`);
  expect(text).not.toContain(`${tag} Uno`);

  // Fixed and uploaded again: nothing bad left, then imported with the progress shown.
  await page.getByTestId('import-file').setInputFiles({ name: 'accounts.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
  await page.getByTestId('import-upload').click();
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-dry-run')).not.toContainText('not-an-email');
  await expect(page.getByTestId('import-dry-run').getByTestId('import-errors')).toHaveCount(0);
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-progress').locator('progress')).toBeVisible();
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 });

  const found = await apiJson<Page<{ name: string }>>(api, `/api/v1/accounts?q=${encodeURIComponent(tag)}&limit=10`);
  expect(found.items.map((a) => a.name).sort()).toEqual([`${tag} Dos`, `${tag} Uno`]);
});

test('two rows alike in one file are named before the import', async ({ page }) => {
  const tag = `Twin ${unique()}`;
  const file = `kind;name;country;currency\ncompany;${tag} Clinic;ES;EUR\ncompany;${tag.toUpperCase()} CLINIC;ES;EUR\n`;
  await signInApi(page, 'rep1', '/accounts/import');
  await page.getByTestId('import-file').setInputFiles({ name: 'twins.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await page.getByTestId('import-upload').click();
  await page.getByTestId('import-check').click();
  const dups = page.getByTestId('import-dry-run').getByTestId('import-duplicates');
  await expect(dups).toContainText('Row 3');
  await expect(dups.getByTestId('import-same-file')).toHaveText('like row 2 (name) of this file');
});
