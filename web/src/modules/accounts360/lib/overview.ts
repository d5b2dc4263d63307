// The answer of GET /api/v1/accounts/{id}/overview (docs/accounts360.md) and what the overview
// shows of each list: a list of null is one the caller's role does not read (hidden).
import type { RecordData } from '../../../lib/api/client';
import type { EntityName } from '../../../lib/entities';

export type Amount = { currency: string; amount: number };
export type Owed = { currency: string; open: number; overdue: number; unapplied: number };
export type Latest = { id: number; on: string } | null;
export type Top = { items: RecordData[]; total: number } | null;

export type Overview = {
  as_of: string;
  account: RecordData;
  figures: {
    revenue_this_year: { from: string; to: string; by_currency: Amount[] } | null;
    revenue_last_year: { from: string; to: string; by_currency: Amount[] } | null;
    receivables: { as_of: string; by_currency: Owed[] } | null;
    last_order: Latest;
    last_visit: Latest;
    open_pipeline: Amount[] | null;
  };
  open_quotes: Top;
  orders: Top;
  active_contracts: Top;
  open_deals: Top;
  next_activities: Top;
  open_tasks: Top;
  contacts: Top;
};

/** A list of the overview: the entity its records are, their title and the fields shown beside it. */
export type ListSpec = { key: keyof Overview; entity: EntityName; title: (r: RecordData) => string; fields: string[]; all: string };

export const LISTS: ListSpec[] = [
  { key: 'open_quotes', entity: 'quotes', title: (r) => String(r.number ?? `#${r.id}`), fields: ['status', 'total', 'valid_until'], all: 'status__in=draft,pending_approval,approved,sent' },
  { key: 'orders', entity: 'sales-orders', title: (r) => String(r.number ?? `#${r.id}`), fields: ['ordered_on', 'status', 'total'], all: 'status__ne=cancelled' },
  { key: 'active_contracts', entity: 'contracts', title: (r) => String(r.title ?? r.number ?? `#${r.id}`), fields: ['end_date', 'value'], all: 'status=active' },
  { key: 'open_deals', entity: 'opportunities', title: (r) => String(r.title ?? `#${r.id}`), fields: ['expected_close', 'amount', 'forecast_category'], all: 'forecast_category__in=commit,best_case,pipeline' },
  { key: 'next_activities', entity: 'activities', title: (r) => String(r.subject ?? `#${r.id}`), fields: ['kind', 'planned_at'], all: 'status=planned' },
  { key: 'open_tasks', entity: 'tasks', title: (r) => String(r.title ?? `#${r.id}`), fields: ['due_on'], all: 'done=false&related_entity=accounts' },
];

/** The list page of a section's records on this account (tasks name their account by related_id). */
export function listHref(spec: ListSpec, accountId: number): string {
  const by = spec.entity === 'tasks' ? `related_id=${accountId}` : `account_id=${accountId}`;
  return `/${spec.entity}?${by}&${spec.all}`;
}

/** A phone number as a tel: URI: digits and a leading +, nothing else (RFC 3966, global form). */
export function telHref(phone: unknown): string {
  const text = String(phone ?? '').trim();
  const digits = text.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.replace('+', '').length >= 3 ? `tel:${digits}` : '';
}

export function mailHref(email: unknown): string {
  const text = String(email ?? '').trim();
  return /^[^\s@]+@[^\s@]+$/.test(text) ? `mailto:${text}` : '';
}
