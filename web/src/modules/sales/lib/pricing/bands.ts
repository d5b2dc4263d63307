// Bands of a pricing rule, edited as rows: the quantity where the band starts and a percentage
// (discounts, negative for a markup; cost-plus markups; from-list rules) or an amount (fixed
// prices, amounts off, surcharges). Stored as a JSON array.

export type BandRow = { min_quantity: string; value: string };
export type Band = { min_quantity: string; percent?: string; price?: string };

/** Actions whose bands carry an amount of money (a unit price, an amount off or on top). */
export const AMOUNT_ACTIONS = ['fixed_price', 'amount_off', 'surcharge'];

/** Which number a band of this action carries. */
export function bandValueKey(action: string): 'percent' | 'price' {
  return AMOUNT_ACTIONS.includes(action) ? 'price' : 'percent';
}

function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

/** Rows from the stored value: a JSON string or an array; anything else gives no rows. */
export function parseBands(value: unknown): BandRow[] {
  let v = value;
  if (typeof v === 'string') {
    if (!v.trim()) return [];
    try { v = JSON.parse(v); } catch { return []; }
  }
  if (!Array.isArray(v)) return [];
  return v.map((b: Record<string, unknown>) => ({
    min_quantity: str(b?.min_quantity),
    value: str(b?.price ?? b?.percent),
  }));
}

/** The JSON array to send; rows left completely empty are dropped, the rest sent as typed. */
export function bandsToJson(rows: BandRow[], action: string): Band[] {
  const key = bandValueKey(action);
  return rows
    .filter((r) => r.min_quantity.trim() !== '' || r.value.trim() !== '')
    .map((r) => ({ min_quantity: r.min_quantity.trim() || '0', [key]: r.value.trim() }));
}

/** A new row after the last one (empty; the first row starts at 0). */
export function newBandRow(rows: BandRow[]): BandRow {
  return { min_quantity: rows.length === 0 ? '0' : '', value: '' };
}

/**
 * Where the server's error for a row should show: the original index of each row that is sent
 * (empty rows are not sent, so `bands[1]` may be the third row on screen).
 */
export function sentIndexes(rows: BandRow[]): number[] {
  const out: number[] = [];
  rows.forEach((r, i) => { if (r.min_quantity.trim() !== '' || r.value.trim() !== '') out.push(i); });
  return out;
}
