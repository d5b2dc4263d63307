// A promise to pay recorded from an invoice (/payment-promises/new?invoice_id=, the invoice's
// balance card): the invoice's customer, the invoice and what it still owes; the customer
// promises a date. The server checks them all again (docs/billing.md "Promises to pay").
import { api, type Money, type RecordData } from '../../../lib/api/client';

export async function promiseFromInvoice(params: URLSearchParams): Promise<Record<string, unknown>> {
  const id = params.get('invoice_id');
  if (!id || !/^\d+$/.test(id)) return {};
  try {
    const [invoice, open] = await Promise.all([
      api.get<RecordData>(`/api/v1/invoices/${id}`),
      api.get<{ open: Money }>(`/api/v1/invoices/${id}/open`),
    ]);
    return { account_id: invoice.data.account_id, invoice_id: Number(id), amount: open.data.open };
  } catch {
    // An invoice the caller cannot read: the empty form, as if none had been named.
    return {};
  }
}
