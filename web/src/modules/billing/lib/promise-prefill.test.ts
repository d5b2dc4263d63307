import { afterEach, describe, expect, it, vi } from 'vitest';
import { promiseFromInvoice } from './promise-prefill';

afterEach(() => vi.unstubAllGlobals());

function stubFetch(answers: Record<string, { status: number; body: unknown }>) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    asked.push(String(url));
    const a = answers[String(url)] ?? { status: 404, body: { title: 'Not found', status: 404 } };
    return new Response(JSON.stringify(a.body), { status: a.status, headers: { 'Content-Type': a.status < 400 ? 'application/json' : 'application/problem+json' } });
  }));
  return asked;
}

describe('a promise recorded from an invoice', () => {
  it('opens with the invoice, its customer and what it still owes', async () => {
    stubFetch({
      '/api/v1/invoices/41': { status: 200, body: { id: 41, version: 3, account_id: 7 } },
      '/api/v1/invoices/41/open': { status: 200, body: { invoice_id: 41, open: { amount: '1234.50', currency: 'EUR' } } },
    });
    expect(await promiseFromInvoice(new URLSearchParams('invoice_id=41'))).toEqual({
      account_id: 7, invoice_id: 41, amount: { amount: '1234.50', currency: 'EUR' },
    });
  });

  it('opens empty without an invoice, with a malformed one, or one the caller cannot read', async () => {
    const asked = stubFetch({});
    expect(await promiseFromInvoice(new URLSearchParams(''))).toEqual({});
    expect(await promiseFromInvoice(new URLSearchParams('invoice_id=4x'))).toEqual({});
    expect(asked).toEqual([]);
    expect(await promiseFromInvoice(new URLSearchParams('invoice_id=9'))).toEqual({});
  });
});
