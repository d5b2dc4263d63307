// Turning the engine's explanation (docs/pricing.md, "Explanation") into words: outcome codes
// to catalog keys, percentages without trailing zeros, and the next-break sentence localized.

export type Msg = { key: string; params?: Record<string, string> };

export const OUTCOMES = [
  'applied', 'winner', 'stacked', 'created_after_quote', 'outside_dates', 'outside_season', 'wrong_account',
  'wrong_group', 'wrong_territory', 'wrong_channel', 'wrong_unit', 'wrong_currency', 'cumulative_volume_not_reached',
  'quantity_below_min', 'quantity_above_max', 'no_base_price', 'no_cost', 'margin_floor', 'less_specific',
  'lower_priority', 'tie_break_higher_id', 'not_stackable',
] as const;

/** Catalog key of an outcome, or null when the code is unknown (show it humanized). */
export function outcomeKey(code: string): string | null {
  return (OUTCOMES as readonly string[]).includes(code) ? `outcome.${code}` : null;
}

export function humanize(code: string): string {
  return code.replace(/_/g, ' ');
}

/** "15.0000" → "15", "12.5000" → "12.5", "-3.10" → "-3.1"; other text unchanged. */
export function trimNumber(s: string | number | null | undefined): string {
  const v = s === null || s === undefined ? '' : String(s).trim();
  if (!/^-?\d+(\.\d+)?$/.test(v)) return v;
  return v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v;
}

/** `rule_id` is the rule that wins at the next break (none when it is a list price break). */
export type NextBreak = { additional_quantity?: string; text?: string; rule_id?: number | null } | null | undefined;

/**
 * The next-break sentence as a catalog message. The engine words it in English:
 * "buy 40 more to reach 12 % off", "... on units above 100", "buy 10 more to reach unit price 71.25".
 * Unknown wording falls back to the engine's text.
 */
export function nextBreakMessage(nb: NextBreak): Msg | { text: string } | null {
  if (!nb || (!nb.text && !nb.additional_quantity)) return null;
  const text = nb.text ?? '';
  let m = /^buy (\S+) more to reach (\S+) ?% off on units above (\S+)$/.exec(text);
  if (m) return { key: 'explain.nextBreakPercentAbove', params: { qty: trimNumber(m[1]), percent: trimNumber(m[2]), above: trimNumber(m[3]) } };
  m = /^buy (\S+) more to reach (\S+) ?% off$/.exec(text);
  if (m) return { key: 'explain.nextBreakPercent', params: { qty: trimNumber(m[1]), percent: trimNumber(m[2]) } };
  m = /^buy (\S+) more to reach unit price (\S+)$/.exec(text);
  if (m) return { key: 'explain.nextBreakPrice', params: { qty: trimNumber(m[1]), price: trimNumber(m[2]) } };
  if (text) return { text };
  return { key: 'explain.nextBreakMore', params: { qty: trimNumber(nb.additional_quantity) } };
}

export type Candidate = { rule_id: number; rule_name?: string; outcome: string; detail?: string };

/** Candidates with the winner first, then in the engine's order. */
export function orderedCandidates(candidates: Candidate[] | undefined, winner: number | null | undefined): Candidate[] {
  const list = [...(candidates ?? [])];
  const i = list.findIndex((c) => c.rule_id === winner);
  if (i > 0) list.unshift(...list.splice(i, 1));
  return list;
}

/** Whether a candidate is the winner (by id, or by an outcome that says so). */
export function isWinner(c: Candidate, winner: number | null | undefined): boolean {
  return (winner !== null && winner !== undefined && c.rule_id === winner) || c.outcome === 'winner';
}

/** Up to this many candidates, the table shows them all: there is nothing worth folding. */
export const FEW_CANDIDATES = 12;

// Folded rows: what priced the line, and what lost only in resolution (rank, stacking, no price, margin) or on purchase history.
const SHOWN_OUTCOMES: ReadonlySet<string> = new Set([
  'applied', 'winner', 'stacked', 'cumulative_volume_not_reached', 'no_base_price', 'no_cost', 'margin_floor',
  'less_specific', 'lower_priority', 'tie_break_higher_id', 'not_stackable',
]);

export type OutcomeGroup = { outcome: string; count: number };
export type CandidateSplit = {
  /** Every candidate, the winner first (the unfolded table). */
  all: Candidate[];
  /** The rows of the folded table: all of them when there are few, else the ones that matter. */
  shown: Candidate[];
  /** The other candidates by outcome, largest group first, then in OUTCOMES order. */
  groups: OutcomeGroup[];
  /** How many candidates the groups hold. */
  hidden: number;
};

/** The rules kept in the folded table whatever their outcome. */
export type KeptRules = { winner?: number | null; stacked?: readonly number[]; nextBreakRule?: number | null };

function outcomeRank(code: string): number {
  const i = (OUTCOMES as readonly string[]).indexOf(code);
  return i < 0 ? OUTCOMES.length : i;
}

/**
 * Splits the candidates into the folded table's rows (the winner first, then in the engine's
 * order) and the rest counted by outcome. With `few` candidates or fewer nothing is folded.
 */
export function splitCandidates(candidates: Candidate[] | undefined, kept: KeptRules = {}, few = FEW_CANDIDATES): CandidateSplit {
  const all = orderedCandidates(candidates, kept.winner);
  if (all.length <= few) return { all, shown: all, groups: [], hidden: 0 };
  const keep = new Set(kept.stacked ?? []);
  if (kept.nextBreakRule !== null && kept.nextBreakRule !== undefined) keep.add(kept.nextBreakRule);
  const shown: Candidate[] = [];
  const counts = new Map<string, number>();
  for (const c of all) {
    if (isWinner(c, kept.winner) || keep.has(c.rule_id) || SHOWN_OUTCOMES.has(c.outcome)) shown.push(c);
    else counts.set(c.outcome, (counts.get(c.outcome) ?? 0) + 1);
  }
  const groups = [...counts].map(([outcome, count]) => ({ outcome, count })).sort((a, b) =>
    b.count - a.count || outcomeRank(a.outcome) - outcomeRank(b.outcome) || (a.outcome < b.outcome ? -1 : a.outcome > b.outcome ? 1 : 0));
  return { all, shown, groups, hidden: all.length - shown.length };
}
