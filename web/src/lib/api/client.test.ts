import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, parseRetryAfter, request, setCsrfToken, toApiError } from './client';

describe('toApiError', () => {
  it('maps errors[] of a problem body onto fields', () => {
    const e = toApiError(422, {
      type: 'https://salesdesk.dev/problems/invalid_argument', title: 'Unprocessable Content', status: 422,
      detail: 'name is required', field: 'name',
      errors: [{ field: 'name', detail: 'name is required' }, { field: 'country', detail: 'country must be an ISO code' }],
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(422);
    expect(e.isValidation).toBe(true);
    expect(e.fieldErrors).toEqual({ name: 'name is required', country: 'country must be an ISO code' });
  });

  it('uses the top-level field when errors[] is missing', () => {
    const e = toApiError(400, { detail: 'bad limit', field: 'query.limit' });
    expect(e.fieldErrors).toEqual({ 'query.limit': 'bad limit' });
  });

  it('reads Retry-After on 429', () => {
    const e = toApiError(429, { title: 'Too Many Requests', detail: 'wait' }, '42');
    expect(e.retryAfter).toBe(42);
    expect(e.isConflict).toBe(false);
  });

  it('flags 412 as a conflict and survives a non-problem body', () => {
    const e = toApiError(412, 'oops');
    expect(e.isConflict).toBe(true);
    expect(e.fieldErrors).toEqual({});
  });
});

describe('parseRetryAfter', () => {
  it('takes seconds or an HTTP date', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(new Date(10_000 + 5_000).toUTCString(), 10_000)).toBe(5);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('request', () => {
  afterEach(() => vi.unstubAllGlobals());

  function stubFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
    const fetchMock = vi.fn(async () => new Response(body === null ? null : JSON.stringify(body), { status, headers }));
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }

  it('sends the CSRF token and If-Match on state changes and returns the ETag', async () => {
    setCsrfToken('tok');
    const f = stubFetch(200, { id: 1, version: 2 }, { ETag: '"2"', 'Content-Type': 'application/json' });
    const r = await request('PATCH', '/api/v1/accounts/1', { body: { name: 'x' }, ifMatch: '"1"' });
    expect(r.etag).toBe('"2"');
    const init = (f.mock.calls[0] as unknown as [string, RequestInit])[1];
    const headers = init.headers as Record<string, string>;
    expect(headers['X-CSRF-Token']).toBe('tok');
    expect(headers['If-Match']).toBe('"1"');
    expect(headers['Content-Type']).toBe('application/json');
  });

  it('does not send the CSRF token on GET', async () => {
    setCsrfToken('tok');
    const f = stubFetch(200, { items: [] });
    await request('GET', '/api/v1/accounts');
    const headers = (f.mock.calls[0] as unknown as [string, RequestInit])[1].headers as Record<string, string>;
    expect(headers['X-CSRF-Token']).toBeUndefined();
  });

  it('throws ApiError with Retry-After for 429', async () => {
    stubFetch(429, { title: 'Too Many Requests', detail: 'too many failed sign-ins' }, { 'Retry-After': '17' });
    await expect(request('POST', '/api/v1/auth/login', { body: {} })).rejects.toMatchObject({ status: 429, retryAfter: 17 });
  });

  it('maps a network failure to status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    await expect(request('GET', '/api/v1/accounts')).rejects.toMatchObject({ status: 0 });
  });
});
