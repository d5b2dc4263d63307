// Competitors' prices beside ours on a quote line: the newest prices seen for the product, read
// once per product and session, and how each compares with our unit price when both are in the
// same currency (prices in another currency are shown as seen, never converted).
import { listRecords, type RecordData } from '../../../lib/api/client';
import { newestFirst } from './prices';

const seen = new Map<number, Promise<RecordData[]>>();

/** The newest `limit` prices seen for `productId` (an unreadable list reads as none). */
export function pricesSeenFor(productId: number, limit = 3): Promise<RecordData[]> {
  let p = seen.get(productId);
  if (!p) {
    p = listRecords('competitor-products', `product_id=${productId}&sort=-seen_on&limit=20`)
      .then((page) => newestFirst(page.items).slice(0, limit))
      .catch(() => []);
    seen.set(productId, p);
  }
  return p;
}

/** Forgets what was read (a price recorded meanwhile shows on the next quote). */
export function forgetPricesSeen() {
  seen.clear();
}

// A decimal string as an integer of 1/10^12 units: exact comparison without floats.
function scaled(text: string): bigint | null {
  const m = /^(-?)(\d+)(?:\.(\d{0,12})\d*)?$/.exec(text.trim());
  if (!m) return null;
  const v = BigInt(m[2] + (m[3] ?? '').padEnd(12, '0'));
  return m[1] ? -v : v;
}

/** 'below' | 'same' | 'above': the competitor's price against ours; null when not comparable. */
export function compareToOurs(theirs: { amount: string; currency: string } | null | undefined, ours: string | null, currency: string): 'below' | 'same' | 'above' | null {
  if (!theirs || ours == null || theirs.currency !== currency) return null;
  const a = scaled(theirs.amount);
  const b = scaled(ours);
  if (a === null || b === null) return null;
  return a < b ? 'below' : a > b ? 'above' : 'same';
}
