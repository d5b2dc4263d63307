// CSV export of a list view. Cells that a spreadsheet would run as a formula (starting with
// = + - @, tab, CR or NUL) are neutralised with a leading apostrophe (QUALITY.md G11).
import { saveBlob } from '../save-file';

const FORMULA_START = /^[=+\-@\t\r\0]/;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' || typeof value === 'bigint' ? String(value) : neutralise(String(value));
  if (/[",\r\n]/.test(s) || /^\s|\s$/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows) lines.push(r.map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Fetches every page of a list (limit `pageSize`) until `total` rows or `max` rows are read. */
export async function fetchAllPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<{ items: T[]; total: number }>,
  pageSize = 500,
  max = 100_000,
  onProgress?: (done: number, total: number) => void,
): Promise<{ items: T[]; total: number; truncated: boolean }> {
  const items: T[] = [];
  let total = Infinity;
  while (items.length < Math.min(total, max)) {
    const page = await fetchPage(items.length, Math.min(pageSize, max - items.length));
    total = page.total;
    items.push(...page.items);
    onProgress?.(items.length, total);
    if (page.items.length === 0) break;
  }
  return { items, total: Number.isFinite(total) ? total : items.length, truncated: items.length < total };
}

export function downloadCsv(filename: string, csv: string) {
  // BOM so spreadsheet programs read UTF-8 (accented names, Chinese) correctly.
  saveBlob(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), filename);
}
