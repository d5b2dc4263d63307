// The one way the app talks to the server: JSON over fetch with the session cookie, the
// X-CSRF-Token header on state changes, ETag/If-Match for updates, and RFC 9457 problem bodies
// mapped onto ApiError (per-field messages, Retry-After for 429).
import type { components, paths } from './schema';
import { messageText } from '../messages';

export type Me = { id: number; name: string; email: string; role: Role; csrf_token?: string };
export type Role = 'admin' | 'director' | 'senior_manager' | 'manager' | 'rep' | 'finance' | 'logistics';
export type Money = { amount: string; currency: string };
export type RecordData = { id: number; version: number; created_at?: string; updated_at?: string; [k: string]: unknown };
/** One list page. total: only when counted (count=exact, the default of offset pages);
 *  has_more and next (the `after` cursor of the following page) always (decision 0030). */
export type Page<T = RecordData> = {
  items: T[]; total: number; limit: number; offset: number; has_more?: boolean; next?: string | null;
};
export type Schemas = components['schemas'];
export type LoginResponse = Schemas['LoginResponse'];
export type ApiPath = keyof paths;
/** Record entities the UI uses; the check below fails type-checking when one leaves the API. */
export type UiEntity =
  | 'accounts' | 'contacts' | 'products' | 'users' | 'teams' | 'territories'
  | 'customer-groups' | 'product-categories' | 'audit-events' | 'saved-views'
  | 'price-lists' | 'price-list-items' | 'pricing-rules' | 'quotes' | 'quote-lines' | 'approval-requests'
  | 'contracts' | 'tasks' | 'sales-orders' | 'sales-order-lines' | 'notifications';
type Covered = `/api/v1/${UiEntity}` extends ApiPath ? (`/api/v1/${UiEntity}/{id}` extends ApiPath ? true : false) : false;
export const ENTITY_PATHS_EXIST: Covered = true;
/** The negotiation desk's actions the UI calls. */
type SalesAction =
  | '/api/v1/pricing/simulate' | '/api/v1/quotes/{id}/document' | '/api/v1/quotes/{id}/submit' | '/api/v1/quotes/{id}/send'
  | '/api/v1/quotes/{id}/accept' | '/api/v1/quotes/{id}/reject' | '/api/v1/quotes/{id}/revise' | '/api/v1/quotes/{id}/convert'
  | '/api/v1/quotes/{id}/pdf' | '/api/v1/approval-requests/{id}/approve' | '/api/v1/approval-requests/{id}/reject'
  | '/api/v1/sales-orders/{id}/confirm' | '/api/v1/sales-orders/{id}/cancel' | '/api/v1/notifications/{id}/read';
export const SALES_ACTIONS_EXIST: SalesAction extends ApiPath ? true : false = true;

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  readonly field?: string;
  /** field name → message, from the problem body's errors[] (first message per field wins). */
  readonly fieldErrors: Record<string, string>;
  /** seconds to wait, from Retry-After (429, 503). */
  readonly retryAfter?: number;
  /** The problem's stable code, when the server sent one (its text is already in `detail`). */
  readonly code?: string;

  constructor(init: {
    status: number; title?: string; detail?: string; type?: string; field?: string;
    fieldErrors?: Record<string, string>; retryAfter?: number; code?: string;
  }) {
    super(init.detail || init.title || `HTTP ${init.status}`);
    this.status = init.status;
    this.title = init.title ?? '';
    this.detail = init.detail ?? '';
    this.type = init.type ?? '';
    this.field = init.field;
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfter = init.retryAfter;
    this.code = init.code;
  }

  get isConflict() { return this.status === 412; }
  get isValidation() { return this.status === 422 || (this.status === 400 && Object.keys(this.fieldErrors).length > 0); }
}

/** Parses Retry-After: delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const when = Date.parse(value);
  if (Number.isNaN(when)) return undefined;
  return Math.max(0, Math.ceil((when - now) / 1000));
}

/** Builds an ApiError from a response status, its headers and its (maybe problem) body. */
export function toApiError(status: number, body: unknown, retryAfterHeader: string | null = null): ApiError {
  const p = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const fieldErrors: Record<string, string> = {};
  if (Array.isArray(p.errors)) {
    for (const e of p.errors as Array<Record<string, unknown>>) {
      const f = typeof e?.field === 'string' ? e.field : '';
      const d = messageText(e ?? {});  // the code's text in the person's language, else detail
      if (f && d && !(f in fieldErrors)) fieldErrors[f] = d;
    }
  }
  const field = typeof p.field === 'string' ? p.field : undefined;
  const detail = messageText(p);
  if (field && detail && !(field in fieldErrors)) fieldErrors[field] = detail;
  return new ApiError({
    status,
    title: typeof p.title === 'string' ? p.title : '',
    detail,
    type: typeof p.type === 'string' ? p.type : '',
    field,
    fieldErrors,
    retryAfter: parseRetryAfter(retryAfterHeader),
    code: typeof p.code === 'string' ? p.code : undefined,
  });
}

let csrfToken = '';
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | undefined) { csrfToken = token ?? ''; }
export function setUnauthenticatedHandler(fn: (() => void) | null) { onUnauthenticated = fn; }

/** idempotencyKey: a creating POST sent again with the same key is stored once (the offline queue). */
/** file: sent as the raw body with its own type (an import's CSV or XLSX) instead of JSON. */
export type RequestOptions = { body?: unknown; ifMatch?: string; signal?: AbortSignal; quiet401?: boolean; idempotencyKey?: string; file?: Blob };
export type Result<T> = { data: T; etag: string | null };

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<Result<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (opts.file) headers['Content-Type'] = opts.file.type || 'text/csv';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (opts.ifMatch) headers['If-Match'] = opts.ifMatch;
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: opts.file ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new ApiError({ status: 0, title: 'Network error', detail: String((e as Error)?.message ?? e) });
  }
  const text = res.status === 204 ? '' : await res.text();
  let body: unknown = null;
  if (text) {
    try { body = JSON.parse(text); } catch { body = null; }
  }
  if (!res.ok) {
    const err = toApiError(res.status, body, res.headers.get('Retry-After'));
    if (res.status === 401 && !opts.quiet401 && onUnauthenticated) onUnauthenticated();
    throw err;
  }
  return { data: body as T, etag: res.headers.get('ETag') };
}

export const api = {
  get: <T>(path: string, o?: RequestOptions) => request<T>('GET', path, o),
  post: <T>(path: string, body: unknown, o?: RequestOptions) => request<T>('POST', path, { ...o, body }),
  patch: <T>(path: string, body: unknown, ifMatch: string, o?: RequestOptions) =>
    request<T>('PATCH', path, { ...o, body, ifMatch }),
  del: (path: string, ifMatch: string) => request<null>('DELETE', path, { ifMatch }),
};

/** Query-string builder that drops empty values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    u.set(k, String(v));
  }
  const s = u.toString();
  return s ? `?${s}` : '';
}

export function listUrl(entity: string, params: URLSearchParams | string): string {
  const s = typeof params === 'string' ? params : params.toString();
  return `/api/v1/${entity}${s ? `?${s}` : ''}`;
}

export async function listRecords<T = RecordData>(entity: string, params: URLSearchParams | string, signal?: AbortSignal) {
  return (await api.get<Page<T>>(listUrl(entity, params), { signal })).data;
}
