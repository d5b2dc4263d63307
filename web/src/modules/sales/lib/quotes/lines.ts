// Quote lines in the editor: form rows ↔ the document's lines ↔ the request body, and which
// rows need a live price (POST /pricing/simulate) while they are unsaved.

export type LineForm = {
  uid: number;                 // client-side identity for {#each}
  line_key: string;            // the server's stable key ('' for new lines)
  product_id: string;
  description: string;
  quantity: string;
  unit: string;
  manual_unit_price: string;
  manual_discount_pct: string;
  tax_rate_pct: string;        // only a manual override; empty: the server's default
};

export type HeaderForm = {
  account_id: string; contact_id: string; price_list_id: string; currency: string; language: string;
  valid_until: string; payment_terms_days: string; incoterm: string; channel: string; notes: string;
};

export const HEADER_FIELDS: Array<keyof HeaderForm> = [
  'account_id', 'contact_id', 'price_list_id', 'currency', 'language', 'valid_until',
  'payment_terms_days', 'incoterm', 'channel', 'notes',
];

/**
 * The fields a new quote is opened with (`/quotes/new?account_id=…&opportunity_id=…`) that the
 * header does not show: those other modules add to quotes (a deal's opportunity_id). Sales sends
 * them as given, ids as numbers, and never reads them; `writable` names the quote's writable fields.
 */
export function presetExtensions(params: URLSearchParams, writable: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of params) {
    if (!writable.includes(k) || (HEADER_FIELDS as string[]).includes(k) || v === '') continue;
    out[k] = k.endsWith('_id') && /^\d+$/.test(v) ? Number(v) : v;
  }
  return out;
}

/**
 * The lines a new quote is opened with: each `line=<product_id>:<quantity>[:<unit>]` of the link
 * (a deal's "New quote" passes the deal's products, decision 0072). Malformed ones are skipped;
 * the server prices the rest as any new line.
 */
export function presetLines(params: URLSearchParams): LineForm[] {
  const out: LineForm[] = [];
  for (const v of params.getAll('line')) {
    const m = /^(\d+):(\d+(?:\.\d{1,3})?)(?::([a-z_]{1,8}))?$/.exec(v);
    if (!m) continue;
    out.push({ ...emptyLine(), product_id: m[1], quantity: m[2], unit: m[3] ?? '' });
  }
  return out;
}

let nextUid = 1;
const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function emptyLine(taxRate = ''): LineForm {
  return {
    uid: nextUid++, line_key: '', product_id: '', description: '', quantity: '1', unit: '',
    manual_unit_price: '', manual_discount_pct: '', tax_rate_pct: taxRate,
  };
}

export function lineFromDocument(l: Record<string, unknown>): LineForm {
  return {
    uid: nextUid++,
    line_key: s(l.line_key),
    product_id: s(l.product_id),
    description: s(l.description),
    quantity: s(l.quantity),
    unit: s(l.unit),
    manual_unit_price: s(l.manual_unit_price),
    manual_discount_pct: s(l.manual_discount_pct),
    // A default rate stays empty so it follows the customer and product; an override is kept.
    tax_rate_pct: l.tax_rate_source === 'manual' ? s(l.tax_rate_pct) : '',
  };
}

export function headerFromQuote(q: Record<string, unknown>): HeaderForm {
  const h = {} as HeaderForm;
  for (const f of HEADER_FIELDS) h[f] = s(q[f]);
  return h;
}

function opt(v: string): string | undefined {
  const t = v.trim();
  return t === '' ? undefined : t;
}

export function lineBody(l: LineForm): Record<string, unknown> {
  const body: Record<string, unknown> = {
    product_id: l.product_id ? Number(l.product_id) : null,
    quantity: l.quantity.trim(),
  };
  const optional: Array<keyof LineForm> = ['unit', 'manual_unit_price', 'manual_discount_pct', 'tax_rate_pct', 'description', 'line_key'];
  for (const k of optional) {
    const v = opt(String(l[k]));
    if (v !== undefined) body[k] = v;
  }
  return body;
}

/**
 * Stable keys for the lines: saved lines keep theirs; new ones get the next free `L<n>` (the
 * server would number them by position, which can collide with a kept line's key).
 */
export function lineKeys(lines: LineForm[]): string[] {
  const used = new Set(lines.map((l) => l.line_key).filter(Boolean));
  let n = 0;
  for (const k of used) {
    const m = /^L(\d+)$/.exec(k);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return lines.map((l) => l.line_key || `L${++n}`);
}

/**
 * POST /quotes and PUT /quotes/{id} body: header fields and the lines. Empty fields are left out,
 * except that a field the saved quote had and the person cleared is sent as null.
 */
export function quoteBody(h: HeaderForm, lines: LineForm[], saved?: HeaderForm): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of HEADER_FIELDS) {
    const v = opt(h[f]);
    if (v === undefined) {
      if (saved && saved[f] !== '') body[f] = null;
      continue;
    }
    body[f] = ['account_id', 'contact_id', 'price_list_id', 'payment_terms_days'].includes(f) && /^\d+$/.test(v) ? Number(v) : f === 'currency' ? v.toUpperCase() : v;
  }
  const keys = lineKeys(lines);
  body.lines = lines.map((l, i) => ({ ...lineBody(l), line_key: keys[i] }));
  return body;
}

/** What the engine's price of a line depends on; equal signatures price the same. */
export function pricingSignature(h: HeaderForm, l: LineForm): string {
  return JSON.stringify([h.account_id, h.price_list_id, h.currency.toUpperCase(), h.channel, l.product_id, l.quantity.trim(), l.unit]);
}

/** A line can be simulated once it has an account, a product and a positive quantity. */
export function canSimulate(h: HeaderForm, l: LineForm): boolean {
  return !!h.account_id && !!l.product_id && /^\d+(\.\d+)?$/.test(l.quantity.trim()) && Number(l.quantity) > 0;
}

/** The simulate request for one line. */
export function simulateBody(h: HeaderForm, l: LineForm, date?: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    account_id: Number(h.account_id),
    product_id: Number(l.product_id),
    quantity: l.quantity.trim(),
  };
  if (l.unit) body.unit = l.unit;
  if (date) body.date = date;
  if (h.price_list_id) body.price_list_id = Number(h.price_list_id);
  // No currency: the server takes the price list's (it refuses fields it does not know).
  if (h.channel.trim()) body.channel = h.channel.trim();
  return body;
}
