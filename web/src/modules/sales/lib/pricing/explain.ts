// Turning the engine's explanation (docs/pricing.md, "Explanation") into words: outcome codes
// to catalog keys, percentages without trailing zeros, and the next-break sentence localized.

export type Msg = { key: string; params?: Record<string, string> };

export const OUTCOMES = [
  'applied', 'winner', 'stacked', 'created_after_quote', 'outside_dates', 'outside_season', 'wrong_account',
  'wrong_group', 'wrong_territory', 'wrong_channel', 'wrong_price_list', 'wrong_unit', 'wrong_currency', 'cumulative_volume_not_reached',
  'quantity_below_min', 'quantity_above_max', 'no_base_price', 'no_cost', 'margin_floor', 'less_specific',
  'lower_quantity_threshold', 'lower_priority', 'tie_break_higher_id', 'not_stackable',
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

/** An explanation note: `{code, params, text}` (docs/pricing.md), or plain text in explanations stored before codes. */
export type Note = string | { code?: string; params?: Record<string, string | number>; text?: string };

/** How a client words numbers: money in the note's currency, other decimals. */
export type ParamFormat = { money: (amount: string, currency: string) => string; number: (value: string) => string };

// Parameters that are amounts of money (in the note's `currency` param) and plain decimals.
const MONEY_PARAMS = new Set(['price', 'engine_price', 'unit_price', 'current_unit_price', 'saving', 'amount', 'before', 'after']);
const NUMBER_PARAMS = new Set(['additional_quantity', 'at_quantity', 'min_quantity', 'percent', 'max_margin', 'factor']);

/** The parameters as the user reads them: amounts and decimals in their locale, the rest as sent. */
export function formatParams(params: Record<string, string | number> | undefined, fmt: ParamFormat): Record<string, string> {
  const out: Record<string, string> = {};
  const currency = String(params?.currency ?? '');
  for (const [k, v] of Object.entries(params ?? {})) {
    const s = String(v);
    out[k] = MONEY_PARAMS.has(k) && currency ? fmt.money(s, currency)
      : MONEY_PARAMS.has(k) || NUMBER_PARAMS.has(k) ? fmt.number(trimNumber(s)) : s;
  }
  return out;
}

/**
 * A note as a catalog message when the catalog knows its code (`known`), else the engine's
 * English text (a newer code, or a note stored as plain text).
 */
export function noteMessage(n: Note, known: (key: string) => boolean, fmt: ParamFormat): Msg | { text: string } {
  if (typeof n === 'string') return { text: n };
  if (n.code && known(n.code)) return { key: n.code, params: formatParams(n.params, fmt) };
  return { text: n.text ?? n.code ?? '' };
}

/** `rule_id` is the rule that wins at the next break (none when it is a list price break). */
export type NextBreak = {
  additional_quantity?: string; text?: string; rule_id?: number | null; code?: string; params?: Record<string, string | number>;
} | null | undefined;

/**
 * The next-break sentence as a catalog message: from its code and parameters when it has them
 * (and `known` says the catalog words the code), else from the English of explanations stored
 * before codes: "buy 40 more to reach 12 % off", "... on units above 100", "buy 10 more to reach
 * unit price 71.25". Unknown wording falls back to the engine's text.
 */
export function nextBreakMessage(nb: NextBreak, known: (key: string) => boolean = () => false,
  fmt: ParamFormat = { money: (a) => trimNumber(a), number: (v) => v }): Msg | { text: string } | null {
  if (!nb || (!nb.text && !nb.additional_quantity && !nb.code)) return null;
  if (nb.code && known(nb.code)) return { key: nb.code, params: formatParams(nb.params, fmt) };
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

export type Candidate = {
  rule_id: number;
  rule_name?: string;
  outcome: string;
  detail?: string;
  /** The detail's stable code and parameters (web/src/lib/i18n msg.<code>), when the server sent them. */
  detail_code?: string;
  detail_params?: Record<string, string>;
};

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
  'less_specific', 'lower_quantity_threshold', 'lower_priority', 'tie_break_higher_id', 'not_stackable',
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
