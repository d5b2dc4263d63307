// A contract opened from a quote (/contracts/new?quote_id=) starts with the quote's terms; the
// server fills them from quote_id anyway when the quote cannot be read here.
import { api, type RecordData } from '../../../lib/api/client';

export async function contractFromQuote(params: URLSearchParams): Promise<Record<string, unknown>> {
  const quoteId = params.get('quote_id');
  if (!quoteId) return {};
  try {
    const q = (await api.get<RecordData>(`/api/v1/quotes/${quoteId}`)).data;
    return { account_id: q.account_id, value: q.untaxed, incoterm: q.incoterm, payment_terms_days: q.payment_terms_days };
  } catch {
    return {};
  }
}
