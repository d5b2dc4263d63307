// GET /api/v1/{entity}/aggregate: counts and measures per group over what the caller's list
// shows (docs/sales-desk-api.md, decision 0019). One request per figure group instead of one
// `limit=1` count per figure.
import { api } from './client';
import type { Money } from './client';

export type AggregateKey = string | number | boolean | null;
export type AggregateMeasure = number | string | null | Money[];
export type AggregateGroup = {
  key: Record<string, AggregateKey>;
  count: number;
  sums?: Record<string, AggregateMeasure>;
  mins?: Record<string, AggregateMeasure>;
  maxs?: Record<string, AggregateMeasure>;
};
export type AggregateResult = {
  group_by: string[];
  groups: AggregateGroup[];
  total_count: number;
  truncated: boolean;
  max_groups: number;
};

export function aggregateUrl(entity: string, params: URLSearchParams | string): string {
  const s = typeof params === 'string' ? params : params.toString();
  return `/api/v1/${entity}/aggregate${s ? `?${s}` : ''}`;
}

export async function aggregateRecords(entity: string, params: URLSearchParams | string, signal?: AbortSignal) {
  return (await api.get<AggregateResult>(aggregateUrl(entity, params), { signal })).data;
}

// Count per value of one key: {"active": 12, "lost": 3}; a null key counts under "null",
// booleans under "true" / "false".
export function countsBy(result: AggregateResult, key: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of result.groups) {
    const k = String(g.key[key] ?? null);
    out[k] = (out[k] ?? 0) + g.count;
  }
  return out;
}
