// Sales summaries (src/modules/summaries on the server): the download addresses of
// GET /api/v1/sales-summary/pdf|xlsx, reading a download (its file name from Content-Disposition,
// a problem as an ApiError), the scope a role starts on and the Idempotency-Key of "Send now".
import { ApiError, toApiError, type Role } from '../../../lib/api/client';

export const CADENCES = ['daily', 'weekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];
export const SCOPES = ['team', 'me'] as const;
export type Scope = (typeof SCOPES)[number];
export const FORMATS = ['pdf', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];
export const LANGUAGES = ['en', 'de', 'es', 'zh'] as const;

/** What a download asks for; an empty date is the last closed period, an empty lang the caller's. */
export type SummaryQuery = { cadence: Cadence; date?: string; scope?: Scope | ''; lang?: string };

/** The address of a summary download: only the parameters given, in a stable order. */
export function summaryUrl(format: Format, q: SummaryQuery): string {
  const p = new URLSearchParams({ cadence: q.cadence });
  if (q.date) p.set('date', q.date);
  if (q.scope) p.set('scope', q.scope);
  if (q.lang && (LANGUAGES as readonly string[]).includes(q.lang)) p.set('lang', q.lang);
  return `/api/v1/sales-summary/${format}?${p.toString()}`;
}

/** A subscription's summary as its reader gets it: its cadence, scope and language. */
export function subscriptionQuery(r: Record<string, unknown>): SummaryQuery {
  const cadence = (CADENCES as readonly string[]).includes(String(r.cadence)) ? (r.cadence as Cadence) : 'weekly';
  const scope = r.scope === 'me' ? 'me' : 'team';
  return { cadence, scope, lang: typeof r.language === 'string' ? r.language : '' };
}

/** A rep's figures are their own; a leader starts on their team's, as the cockpit does. */
export function defaultScope(role: Role | undefined): Scope {
  return role === 'rep' ? 'me' : 'team';
}

/** The file name of `Content-Disposition: attachment; filename="…"` (or filename*=UTF-8''…). */
export function filenameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star) {
    try { return decodeURIComponent(star[1].trim()); } catch { /* fall through */ }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/.exec(header);
  const name = (plain?.[1] ?? plain?.[2] ?? '').trim();
  // Never a path: the browser would refuse it anyway.
  return name && !/[\\/]/.test(name) ? name : fallback;
}

/** The default name of a download the server did not name. */
export function fallbackName(format: Format): string {
  return `sales-summary.${format}`;
}

/**
 * Reads a download with the session cookie: the file and its name, or the server's problem as
 * an ApiError (a period that has not begun, an unknown parameter) for the page to word.
 */
export async function fetchDownload(url: string, format: Format, fetcher: typeof fetch = fetch): Promise<{ blob: Blob; filename: string }> {
  let res: Response;
  try {
    res = await fetcher(url, { credentials: 'same-origin', headers: { Accept: `${format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}, application/problem+json` } });
  } catch (e) {
    throw new ApiError({ status: 0, title: 'Network error', detail: String((e as Error)?.message ?? e) });
  }
  if (!res.ok) {
    const text = await res.text();
    let body: unknown = null;
    try { body = text ? JSON.parse(text) : null; } catch { body = null; }
    throw toApiError(res.status, body, res.headers.get('Retry-After'));
  }
  return { blob: await res.blob(), filename: filenameFrom(res.headers.get('Content-Disposition'), fallbackName(format)) };
}

/** A fresh Idempotency-Key. */
export function newKey(prefix: string): string {
  const id = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${id}`;
}

/**
 * The Idempotency-Key of "Send now", one per state of the subscription: the same while a send
 * is retried (a double click or a lost answer queues one e-mail), a new one once a send went
 * through or the record changed (saved with other values: another send).
 */
export class SendKey {
  private key: string;
  private version: unknown;

  constructor(private readonly prefix: string, version: unknown, private readonly make: (prefix: string) => string = newKey) {
    this.version = version;
    this.key = make(prefix);
  }

  /** The key for a send of the record at `version`. */
  for(version: unknown): string {
    if (version !== this.version) {
      this.version = version;
      this.key = this.make(this.prefix);
    }
    return this.key;
  }

  /** The send went through: the next press is another send. */
  sent(): void {
    this.key = this.make(this.prefix);
  }
}
