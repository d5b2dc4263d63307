// Prices seen in the market, as a rep reads them before a negotiation: newest first, the ones
// without a date last (the two engines order NULL dates differently, so the order is set here).
import type { RecordData } from '../../../lib/api/client';

/** Sorts in place: by `seen_on` descending, undated last, then the latest recorded first. */
export function newestFirst(rows: RecordData[]): RecordData[] {
  const day = (r: RecordData) => (typeof r.seen_on === 'string' ? r.seen_on : '');
  return rows.sort((a, b) => {
    const da = day(a);
    const db = day(b);
    if (da !== db) return da === '' ? 1 : db === '' ? -1 : da < db ? 1 : -1;
    return b.id - a.id;
  });
}

/** Today's date (YYYY-MM-DD) where the person is, for a price seen today. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A new price seen: today, in `currency` (the amount left to type). */
export function blankPrice(currency: string, now = new Date()): Record<string, unknown> {
  return { seen_on: today(now), price_seen: { amount: '', currency } };
}
