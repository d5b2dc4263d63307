import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api/client';
import { SendKey, defaultScope, fetchDownload, filenameFrom, subscriptionQuery, summaryUrl } from './summary';

describe('summary downloads', () => {
  it('asks for the cadence and only the parameters given', () => {
    expect(summaryUrl('pdf', { cadence: 'weekly' })).toBe('/api/v1/sales-summary/pdf?cadence=weekly');
    expect(summaryUrl('xlsx', { cadence: 'daily', date: '', scope: '', lang: '' })).toBe('/api/v1/sales-summary/xlsx?cadence=daily');
    expect(summaryUrl('pdf', { cadence: 'monthly', date: '2026-11-15', scope: 'me', lang: 'de' }))
      .toBe('/api/v1/sales-summary/pdf?cadence=monthly&date=2026-11-15&scope=me&lang=de');
    // A language the server does not write is left to the caller's.
    expect(summaryUrl('pdf', { cadence: 'weekly', lang: 'fr' })).toBe('/api/v1/sales-summary/pdf?cadence=weekly');
  });

  it('reads a subscription as its reader gets it', () => {
    expect(subscriptionQuery({ id: 1, cadence: 'daily', scope: 'me', language: 'zh' })).toEqual({ cadence: 'daily', scope: 'me', lang: 'zh' });
    expect(subscriptionQuery({ id: 1, cadence: 'monthly', scope: 'team', language: null })).toEqual({ cadence: 'monthly', scope: 'team', lang: '' });
    expect(summaryUrl('xlsx', subscriptionQuery({ cadence: 'weekly', scope: 'team', language: 'es' })))
      .toBe('/api/v1/sales-summary/xlsx?cadence=weekly&scope=team&lang=es');
  });

  it('starts a rep on their own figures and a leader on the team', () => {
    expect(defaultScope('rep')).toBe('me');
    for (const role of ['manager', 'senior_manager', 'director'] as const) expect(defaultScope(role)).toBe('team');
  });

  it('names the file as the server does', () => {
    expect(filenameFrom('attachment; filename="sales-summary-2026-W49.pdf"', 'x.pdf')).toBe('sales-summary-2026-W49.pdf');
    expect(filenameFrom('attachment; filename=sales-summary-2026-12.xlsx', 'x.xlsx')).toBe('sales-summary-2026-12.xlsx');
    expect(filenameFrom("attachment; filename*=UTF-8''sales%20summary.pdf", 'x.pdf')).toBe('sales summary.pdf');
    expect(filenameFrom('attachment', 'sales-summary.pdf')).toBe('sales-summary.pdf');
    expect(filenameFrom('attachment; filename="../etc/passwd"', 'sales-summary.pdf')).toBe('sales-summary.pdf');
    expect(filenameFrom(null, 'sales-summary.xlsx')).toBe('sales-summary.xlsx');
  });

  it('gives the file and its name, or the problem for the page to word', async () => {
    const ok = vi.fn(async () => new Response(new Blob(['%PDF-1.7']), {
      status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="sales-summary-2026-12-04.pdf"' },
    }));
    const file = await fetchDownload('/api/v1/sales-summary/pdf?cadence=daily', 'pdf', ok as unknown as typeof fetch);
    expect(file.filename).toBe('sales-summary-2026-12-04.pdf');
    expect(await file.blob.text()).toBe('%PDF-1.7');
    expect(ok).toHaveBeenCalledWith('/api/v1/sales-summary/pdf?cadence=daily', expect.objectContaining({ credentials: 'same-origin' }));

    const problem = { type: 'about:blank', title: 'Unprocessable', status: 422, field: 'date', code: 'summary.period_future',
      detail: '2099-W01 has not begun; today is 2026-12-04', params: { period: '2099-W01', today: '2026-12-04' } };
    const bad = vi.fn(async () => new Response(JSON.stringify(problem), { status: 422, headers: { 'Content-Type': 'application/problem+json' } }));
    const err = await fetchDownload('/x', 'pdf', bad as unknown as typeof fetch).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(422);
    expect(err.field).toBe('date');
    expect(err.code).toBe('summary.period_future');
    expect(err.fieldErrors.date).toBeTruthy();

    const down = vi.fn(async () => { throw new TypeError('Failed to fetch'); });
    expect((await fetchDownload('/x', 'xlsx', down as unknown as typeof fetch).catch((e) => e)).status).toBe(0);
  });
});

describe('the Idempotency-Key of "Send now"', () => {
  it('stays while a send is retried and changes once it went through or the record changed', () => {
    let n = 0;
    const key = new SendKey('summary-send', 3, (p) => `${p}-${++n}`);
    expect(key.for(3)).toBe('summary-send-1');
    expect(key.for(3)).toBe('summary-send-1'); // a retry after a lost answer: the same e-mail
    key.sent();
    expect(key.for(3)).toBe('summary-send-2'); // pressed again: another e-mail
    expect(key.for(4)).toBe('summary-send-3'); // saved with other values since
    expect(key.for(4)).toBe('summary-send-3');
  });
});
