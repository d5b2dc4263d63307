// The buttons of a quote, from the document's `allowed_actions` (docs/sales-desk-api.md).
import { trimNumber, type Msg } from '../pricing/explain';

export type QuoteAction =
  | 'submit' | 'send' | 'accept' | 'reject' | 'revise' | 'convert' | 'contract' | 'pdf' | 'pdf_internal'
  | 'reprice' | 'approve' | 'reject_approval';
export type ActionButton = {
  action: QuoteAction;
  label: string;                            // catalog key
  // post: POST /quotes/{id}/{action}; approval: POST /approval-requests/{id}/approve|reject;
  // link: the PDF, or a new contract for the quote
  kind: 'post' | 'approval' | 'link';
  comment: 'none' | 'optional';             // asks for a comment first (the customer's answer)
  primary: boolean;
};

const BUTTONS: ActionButton[] = [
  { action: 'approve', label: 'approvals.approve', kind: 'approval', comment: 'optional', primary: true },
  { action: 'reject_approval', label: 'approvals.reject', kind: 'approval', comment: 'optional', primary: false },
  { action: 'submit', label: 'quote.action.submit', kind: 'post', comment: 'none', primary: true },
  { action: 'send', label: 'quote.action.send', kind: 'post', comment: 'none', primary: true },
  { action: 'accept', label: 'quote.action.accept', kind: 'post', comment: 'optional', primary: false },
  { action: 'reject', label: 'quote.action.reject', kind: 'post', comment: 'optional', primary: false },
  { action: 'convert', label: 'quote.action.convert', kind: 'post', comment: 'none', primary: true },
  { action: 'revise', label: 'quote.action.revise', kind: 'post', comment: 'none', primary: false },
  { action: 'reprice', label: 'quote.action.reprice', kind: 'post', comment: 'none', primary: false },
  { action: 'contract', label: 'quote.action.contract', kind: 'link', comment: 'none', primary: false },
  { action: 'pdf', label: 'quote.action.pdf', kind: 'link', comment: 'none', primary: false },
  // The internal version with cost and margin, for roles that see cost; the plain PDF is the
  // customer's document whoever downloads it.
  { action: 'pdf_internal', label: 'quote.action.pdf_internal', kind: 'link', comment: 'none', primary: false },
];

/** Where a link button goes. */
export function actionHref(action: QuoteAction, quoteId: number): string {
  if (action === 'pdf') return `/api/v1/quotes/${quoteId}/pdf`;
  if (action === 'pdf_internal') return `/api/v1/quotes/${quoteId}/pdf?variant=internal`;
  return `/contracts/new?quote_id=${quoteId}`;
}

/** The request an action makes: the quote's own action, or the decision on its approval request. */
export function actionUrl(action: QuoteAction, quoteId: number, approvalId?: number): string {
  if (action === 'approve') return `/api/v1/approval-requests/${approvalId}/approve`;
  if (action === 'reject_approval') return `/api/v1/approval-requests/${approvalId}/reject`;
  return `/api/v1/quotes/${quoteId}/${action}`;
}

/**
 * The request of a workflow action on the quote `doc` shows: its URL and the If-Match the server
 * requires (the quote's version, also for decisions on its approval request), so that an action
 * never acts on a version the person has not seen (412 when it changed).
 */
export function actionRequest(action: QuoteAction, doc: { quote: { id: number; version: number }; approval?: { id: number } | null }): { url: string; ifMatch: string } {
  return { url: actionUrl(action, doc.quote.id, doc.approval?.id), ifMatch: `"${doc.quote.version}"` };
}

/** The buttons to show, in a fixed order; unknown actions and `edit` are not buttons. */
export function actionButtons(allowed: readonly string[] | undefined): ActionButton[] {
  const set = new Set(allowed ?? []);
  return BUTTONS.filter((b) => set.has(b.action));
}

/** Whether header and lines may be changed (a new quote always). */
export function canEditQuote(allowed: readonly string[] | undefined, isNew: boolean): boolean {
  return isNew || (allowed ?? []).includes('edit');
}

export type Deviation = {
  scope: 'line' | 'document' | string;
  line_key?: string;
  line_index?: number;
  kind: 'discount' | 'margin' | 'payment_terms' | 'value' | string;
  requested?: unknown;
  allowed?: unknown;
};

function amount(v: unknown): string {
  if (v && typeof v === 'object' && 'amount' in (v as Record<string, unknown>)) {
    const m = v as { amount: string; currency?: string };
    return `${m.amount}${m.currency ? ` ${m.currency}` : ''}`;
  }
  return trimNumber(v as string);
}

/**
 * One deviation in words. `whose` is 'your' for the maker of the quote ("discount 15 % exceeds
 * your 10 %") and 'limit' for others ("… exceeds the limit of 10 %"). Without figures (margins
 * shown to people who may not see cost) only the kind is named.
 */
export function deviationMessage(d: Deviation, whose: 'your' | 'limit'): Msg {
  const known = ['discount', 'margin', 'payment_terms', 'value', 'tax_rate'].includes(d.kind) ? d.kind : 'other';
  const hasFigures = d.requested !== undefined && d.requested !== null && d.allowed !== undefined && d.allowed !== null;
  const line = d.scope === 'line' && typeof d.line_index === 'number' ? String(d.line_index + 1) : '';
  if (!hasFigures || known === 'other') {
    return { key: `deviation.${known}.bare`, params: { line, kind: d.kind.replace(/_/g, ' ') } };
  }
  return {
    key: `deviation.${known}.${whose}`,
    params: { requested: amount(d.requested), allowed: amount(d.allowed), line },
  };
}
