// Credit splits of orders, invoices and deals (decisions 0045, 0065; a deal's: RULES C-R2): who is
// credited with a document's sales, in basis points (10,000 = 100 %). The same rows and the same
// PUT for each document; what differs is the rows' entity, their parent field and who may change them.
// Used by src/components/CreditSplitEditor.svelte, which the commissions module shows under orders
// and invoices and the pipeline module under deals.
import { request, type RecordData, type Role } from './api/client';
import { canWrite } from './entities';

export type SplitDocument = 'sales-orders' | 'invoices' | 'opportunities';
export type SplitKind = 'revenue' | 'overlay';
export type SplitShare = { user_id: number; share_bp: number; kind: SplitKind };

const TARGETS: Record<SplitDocument, { rows: string; parent: string }> = {
  'sales-orders': { rows: 'sales-order-credit-splits', parent: 'sales_order_id' },
  invoices: { rows: 'invoice-credit-splits', parent: 'invoice_id' },
  opportunities: { rows: 'opportunity-credit-splits', parent: 'opportunity_id' },
};

/** The list query of a document's split rows, in their order. */
export function splitRowsQuery(document: SplitDocument, id: number): { entity: string; params: string } {
  const t = TARGETS[document];
  return { entity: t.rows, params: `${t.parent}=${id}&sort=position&limit=100` };
}

/** Where a document's split is replaced as a whole. */
export const splitUrl = (document: SplitDocument, id: number) => `/api/v1/${document}/${id}/credit-splits`;

/**
 * Whether `role` sees the split read-only. The server decides (and answers 403 or 409 otherwise);
 * this only spares people a form they cannot save:
 * - an order: everyone in sales until it is invoiced (finance, logistics and admin read it);
 * - an invoice: finance and the director while it is a draft, then nobody;
 * - a deal: whoever may write deals (the owner, their managers, the director: the contract's write
 *   roles of `opportunities`; visibility already hides other people's deals) while it is open —
 *   a won or lost deal (`closed_on` set) keeps its split.
 */
export function splitReadOnly(document: SplitDocument, record: RecordData, role: Role | undefined): boolean {
  if (document === 'invoices') return record.status !== 'draft' || !['finance', 'director'].includes(role ?? '');
  if (document === 'opportunities') return !!record.closed_on || !canWrite('opportunities', role);
  return !role || ['finance', 'logistics', 'admin'].includes(role);
}

/** "33.34" → 3334 bp exactly (at most two decimals, "," or "."); null when it is not such a number. */
export function toBp(percent: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(percent.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export const fromBp = (bp: number) => `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;

/** Replaces the document's split (none = all to the owner); the stored rows the server answers. */
export async function saveSplit(document: SplitDocument, id: number, shares: SplitShare[]): Promise<RecordData[] | null> {
  const { data } = await request<{ credit_splits?: RecordData[] }>('PUT', splitUrl(document, id), { body: { credit_splits: shares } });
  return data?.credit_splits ?? null;
}
