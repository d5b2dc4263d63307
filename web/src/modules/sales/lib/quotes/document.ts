// The quote document every quote endpoint answers with (docs/sales-desk-api.md, "Quote document").
import type { Money } from '../../../../lib/api/client';
import type { Deviation } from './actions';

export type QuoteLineDoc = {
  id?: number; position?: number; line_key?: string; product_id: number; description?: string | null;
  quantity: string; unit?: string | null; manual_unit_price?: string | null; manual_discount_pct?: string | null;
  tax_rate_pct?: string | null; tax_rate_source?: 'default' | 'manual' | null; tax_default_pct?: string | null;
  tax_regime?: string | null; tax_note?: string | null; engine_unit_price?: string | null; unit_price?: string | null; net?: Money | null;
  unit_cost?: string | null; margin_pct?: string | null; priced?: boolean; explanation?: Record<string, unknown> | null;
  [k: string]: unknown;
};

export type Approval = {
  id: number; status: string; approver_id?: number | null; requester_id?: number | null; comment?: string | null;
  [k: string]: unknown;
};

export type QuoteDocument = {
  quote: Record<string, unknown> & { id: number; version: number; number?: string; status: string; currency?: string; owner_id?: number };
  lines: QuoteLineDoc[];
  deviations: Deviation[];
  approval: Approval | null;
  allowed_actions: string[];
  /** Only in a re-price's answer: each re-priced line's old and new unit price and net. */
  repriced?: Repriced[];
};

/** The ETag for If-Match on PUT /quotes/{id}: the document's quote.version. */
export const quoteEtag = (d: QuoteDocument) => `"${d.quote.version}"`;

/** A line's price as the editor shows it: from the saved document, or a live estimate. */
export type Priced = { source: 'saved' | 'live'; line: QuoteLineDoc | null; pending?: boolean; error?: string };

export type Repriced = {
  line_key: string;
  position: number;
  old_unit_price: string;
  new_unit_price: string;
  old_net: { amount: string; currency: string };
  new_net: { amount: string; currency: string };
};
