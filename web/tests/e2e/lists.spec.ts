// Lists: saved views (create, reapply) and CSV export of the current view (header = visible
// columns, formula-looking values neutralised).
import { readFileSync } from 'node:fs';
import { test, expect, createAccount, listLoaded, signInApi, unique, type Page } from './fixtures';

async function headerLabels(page: Page): Promise<string[]> {
  return (await page.locator('[data-testid="list-table"] thead th').allTextContents())
    .map((s) => s.replace(/[▲▼]/g, '').trim());
}

/** One CSV record (RFC 4180 quoting, no line breaks inside cells). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let cell = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') { cell += '"'; i += 2; }
        else if (line[i] === '"') { i++; break; }
        else cell += line[i++];
      }
      out.push(cell);
      i++; // the comma
    } else {
      const end = line.indexOf(',', i);
      const stop = end === -1 ? line.length : end;
      out.push(line.slice(i, stop));
      i = stop + 1;
    }
  }
  return out;
}

test('saved view: create, then reapply filters and columns', async ({ page }) => {
  await signInApi(page, 'rep1', '/accounts');
  await listLoaded(page);
  await page.getByTestId('filter-lifecycle').selectOption('active');
  await expect.poll(() => new URL(page.url()).searchParams.get('lifecycle')).toBe('active');
  await page.getByTestId('column-chooser').click();
  await page.getByTestId('column-city').uncheck();
  await page.getByTestId('column-email').check();
  await page.getByTestId('column-chooser').click();
  await expect(page.getByTestId('sort-city')).toHaveCount(0);
  await expect(page.getByTestId('sort-email')).toBeVisible();
  const withView = await headerLabels(page);

  const viewName = `Active ${unique()}`;
  await page.getByTestId('saved-views').click();
  await page.getByTestId('save-view-name').fill(viewName);
  await page.getByTestId('save-view').click();
  await expect(page.getByTestId('saved-view-item').filter({ hasText: viewName })).toBeVisible();
  await page.getByTestId('saved-views').click();

  // Back to the defaults: no filter, city shown, e-mail hidden.
  await page.getByTestId('clear-filters').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('lifecycle')).toBeNull();
  await page.getByTestId('column-chooser').click();
  await page.getByTestId('column-city').check();
  await page.getByTestId('column-email').uncheck();
  await page.getByTestId('column-chooser').click();
  await expect(page.getByTestId('sort-city')).toBeVisible();

  // Reapply (after a reload, so it comes from the server).
  await page.reload();
  await listLoaded(page);
  await page.getByTestId('saved-views').click();
  await page.getByTestId('saved-view-item').filter({ hasText: viewName }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('lifecycle')).toBe('active');
  await expect(page.getByTestId('filter-lifecycle')).toHaveValue('active');
  await listLoaded(page);
  expect(await headerLabels(page)).toEqual(withView);
  for (const badge of await page.locator('[data-testid="list-row"] .badge').allTextContents()) expect(badge.trim()).toBe('Active');
});

test('Export: the server streams the list as CSV and XLSX, formulas neutralised', async ({ page, api }) => {
  const tag = unique();
  const formula = `=HYPERLINK("http://x.example";"E2E ${tag}")`;
  const plain = `E2E Export ${tag}`;
  await createAccount(api, { name: formula, city: '+34 Sevilla' });
  await createAccount(api, { name: plain, city: 'Sevilla' });

  await signInApi(page, 'director', `/accounts?q=${encodeURIComponent(tag)}`);
  await listLoaded(page);
  await expect(page.getByTestId('list-row')).toHaveCount(2);

  // The list's own search goes with the export: exactly the two rows shown.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/^accounts-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff); // BOM for spreadsheet programs
  const lines = text.slice(1).split('\r\n').filter(Boolean);
  const header = lines[0].split(',');
  expect(header.slice(0, 4)).toEqual(['id', 'version', 'created_at', 'updated_at']);
  expect(lines).toHaveLength(3);
  // The formula is prefixed with an apostrophe (and quoted, as it contains quotes).
  expect(text).toContain(`"'=HYPERLINK(""http://x.example"";""E2E ${tag}"")"`);
  const rows = lines.slice(1).map(parseCsvLine);
  const nameCol = header.indexOf('name');
  const cityCol = header.indexOf('city');
  expect(nameCol).toBeGreaterThan(0);
  expect(cityCol).toBeGreaterThan(0);
  const byName = new Map(rows.map((r) => [r[nameCol], r]));
  expect(byName.get(`'${formula}`)?.[cityCol]).toBe(`'+34 Sevilla`);
  expect(byName.get(plain)?.[cityCol]).toBe('Sevilla');
  for (const r of rows) {
    expect(r).toHaveLength(header.length);
    for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  }

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^accounts-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = readFileSync((await xlsx.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: the workbook
});
