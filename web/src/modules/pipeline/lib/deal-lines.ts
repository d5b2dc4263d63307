// The products a deal is about (opportunity lines, issue 12; docs/pipeline.md "Products of a
// deal"): each line priced by the pricing engine as a quote line would be. The server re-prices
// every line when they are saved (PUT with the deal's If-Match) and sets the deal's amount to
// their net total; the stored prices never change otherwise. Used by components/DealLines.svelte.
import { currencyDigits } from '../../../lib/format/money';
import { request, type Money, type RecordData, type Role } from '../../../lib/api/client';
import { canWrite } from '../../../lib/entities';
import { engineLines, type LineDraft } from '../../../lib/engine-lines';

export type { LineDraft };
/** What the PUT answers: the stored lines, the deal as stored (its new amount) and its ETag. */
export type SavedLines = { lines: RecordData[]; opportunity: RecordData; etag: string };

/** The list query of a deal's lines, in their order (read through the deal's visibility). */
export const linesQuery = (dealId: number) => ({ entity: 'opportunity-lines', params: `opportunity_id=${dealId}&sort=position&limit=200` });

/** Where a deal's lines are replaced as a whole. */
export const linesUrl = (dealId: number) => `/api/v1/opportunities/${dealId}/lines`;

/**
 * Whether `role` sees the lines read-only: the server decides (403, or 409
 * `pipeline.lines_closed` on a won or lost deal); this only spares people a form they cannot save.
 * Whoever may write the deal may write its lines (the contract's write roles of `opportunities`:
 * owner, their managers, director; visibility already hides other people's deals), while it is open.
 */
export function linesReadOnly(deal: RecordData, role: Role | undefined): boolean {
  return !!deal.closed_on || !canWrite('opportunities', role);
}

/** The stored lines as the form's rows. */
export function toDrafts(lines: RecordData[]): LineDraft[] {
  return lines.map((l) => ({
    product_id: l.product_id ? String(l.product_id) : '',
    quantity: String(l.quantity ?? ''),
    ...(l.unit ? { unit: String(l.unit) } : {}),
  }));
}

/** The PUT's body: every row in order (lib/engine-lines); the price list only when chosen. */
export function linesBody(rows: LineDraft[], priceListId?: number | null): Record<string, unknown> {
  const lines = engineLines(rows);
  return priceListId ? { price_list_id: priceListId, lines } : { lines };
}

/** Replaces the deal's lines with If-Match of the deal's version; the server re-prices them all. */
export async function saveLines(dealId: number, etag: string, rows: LineDraft[], priceListId?: number | null): Promise<SavedLines> {
  const res = await request<{ lines?: RecordData[]; opportunity: RecordData }>('PUT', linesUrl(dealId), {
    body: linesBody(rows, priceListId),
    ifMatch: etag,
  });
  const opportunity = res.data.opportunity;
  return { lines: res.data.lines ?? [], opportunity, etag: res.etag ?? `"${opportunity.version}"` };
}

/** "12.30" EUR → 1230 minor units exactly (BigInt); null when it is not a decimal amount. */
function toMinor(amount: string, digits: number): bigint | null {
  const m = /^\s*(-)?(\d*)(?:\.(\d*))?\s*$/.exec(amount);
  if (!m || (!m[2] && !m[3])) return null;
  const frac = (m[3] ?? '').padEnd(digits, '0');
  if (frac.length > digits && /[1-9]/.test(frac.slice(digits))) return null;
  const v = BigInt(m[2] || '0') * 10n ** BigInt(digits) + BigInt(frac.slice(0, digits) || '0');
  return m[1] ? -v : v;
}

/**
 * The lines' net total, exactly (minor units, no floating point), in their currency; null when
 * there are no lines or they are not in one currency.
 */
export function linesTotal(lines: RecordData[]): Money | null {
  const nets = lines.map((l) => l.net as Money | null | undefined);
  if (nets.length === 0 || nets.some((n) => !n?.amount || !n.currency)) return null;
  const currency = nets[0]!.currency;
  if (nets.some((n) => n!.currency !== currency)) return null;
  const digits = currencyDigits(currency);
  let sum = 0n;
  for (const n of nets) {
    const v = toMinor(n!.amount, digits);
    if (v === null) return null;
    sum += v;
  }
  const negative = sum < 0n;
  const s = (negative ? -sum : sum).toString().padStart(digits + 1, '0');
  const text = digits ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
  return { amount: (negative ? '-' : '') + text, currency };
}
