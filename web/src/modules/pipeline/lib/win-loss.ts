// The win/loss analysis as GET /api/v1/pipeline/win-loss answers it, and how a row is named.
export type Money = { amount: string; currency: string };
export type WinLossCell = {
  won_count: number;
  lost_count: number;
  won: Money;
  lost: Money;
  won_unconverted: Money[];
  lost_unconverted: Money[];
  count_bp: number | null;
  amount_bp: number | null;
};
export type WinLossRow = WinLossCell & { key: string; label: string | null };
export type WinLossGroup = 'owner' | 'competitor' | 'source' | 'pipeline';
export type WinLoss = {
  group: WinLossGroup;
  from: string;
  to: string;
  currency: string;
  rows: WinLossRow[];
  total: WinLossCell;
  lost_reasons: { reason: string; count: number; amount: Money; unconverted: Money[] }[];
};

export const GROUPS: WinLossGroup[] = ['owner', 'competitor', 'source', 'pipeline'];

/** The words a row shows: the record's name, the source's word, or "no competitor"/"nobody". */
export function rowName(row: WinLossRow, group: WinLossGroup, t: (key: string) => string): string {
  if (group === 'source') return t(`pipeline.winLoss.source.${row.key}`);
  if (row.key === 'none') return t(group === 'competitor' ? 'pipeline.winLoss.noCompetitor' : 'pipeline.winLoss.nobody');
  return row.label ?? `#${row.key}`;
}

/** The opportunities list filtered to a row's closed deals (the drill-down), where a filter exists. */
export function drillHref(row: WinLossRow, report: WinLoss): string | null {
  const window = `closed_on__gte=${report.from}&closed_on__lte=${report.to}`;
  if (row.key === 'none' || report.group === 'competitor' || report.group === 'source') return null;
  const field = report.group === 'owner' ? 'owner_id' : 'pipeline_id';
  return `/opportunities?${field}=${encodeURIComponent(row.key)}&${window}`;
}
