import { describe, expect, it } from 'vitest';
import { actionButtons, actionHref, actionRequest, actionUrl, canEditQuote, deviationMessage } from './actions';

describe('quote actions', () => {
  it('maps allowed_actions to buttons in a fixed order, ignoring edit and unknown ones', () => {
    expect(actionButtons(['pdf', 'edit', 'send', 'fly']).map((b) => b.action)).toEqual(['send', 'pdf']);
    expect(actionButtons(['revise', 'accept', 'reject', 'pdf']).map((b) => b.action)).toEqual(['accept', 'reject', 'revise', 'pdf']);
    expect(actionButtons(undefined)).toEqual([]);
    expect(actionButtons(['pdf'])[0].kind).toBe('link');
    expect(actionButtons(['reject'])[0].comment).toBe('optional');
    expect(actionButtons(['pdf', 'contract', 'convert', 'reject_approval', 'approve']).map((b) => b.action))
      .toEqual(['approve', 'reject_approval', 'convert', 'contract', 'pdf']);
  });
  it('knows where each action goes', () => {
    expect(actionUrl('submit', 7)).toBe('/api/v1/quotes/7/submit');
    expect(actionUrl('approve', 7, 4)).toBe('/api/v1/approval-requests/4/approve');
    expect(actionUrl('reject_approval', 7, 4)).toBe('/api/v1/approval-requests/4/reject');
    expect(actionHref('pdf', 7)).toBe('/api/v1/quotes/7/pdf');
    expect(actionHref('contract', 7)).toBe('/contracts/new?quote_id=7');
    expect(actionHref('pdf_internal', 7)).toBe('/api/v1/quotes/7/pdf?variant=internal');
    expect(actionButtons(['pdf_internal', 'reprice', 'pdf', 'edit']).map((b) => b.action))
      .toEqual(['reprice', 'pdf', 'pdf_internal']);
  });
  it('sends the quote version as If-Match on every workflow action and approval decision', () => {
    const doc = { quote: { id: 7, version: 12 }, approval: { id: 4 } };
    for (const a of ['submit', 'send', 'accept', 'reject', 'revise', 'convert'] as const) {
      expect(actionRequest(a, doc)).toEqual({ url: `/api/v1/quotes/7/${a}`, ifMatch: '"12"' });
    }
    expect(actionRequest('approve', doc)).toEqual({ url: '/api/v1/approval-requests/4/approve', ifMatch: '"12"' });
    expect(actionRequest('reject_approval', doc)).toEqual({ url: '/api/v1/approval-requests/4/reject', ifMatch: '"12"' });
  });
  it('lets a new quote or an editable one change', () => {
    expect(canEditQuote([], true)).toBe(true);
    expect(canEditQuote(['edit', 'submit'], false)).toBe(true);
    expect(canEditQuote(['send'], false)).toBe(false);
  });
});

describe('deviations in words', () => {
  it('names the figures and the line', () => {
    expect(deviationMessage({ scope: 'line', line_index: 0, kind: 'discount', requested: '15.0000', allowed: '10.0000' }, 'your'))
      .toEqual({ key: 'deviation.discount.your', params: { requested: '15', allowed: '10', line: '1' } });
    expect(deviationMessage({ scope: 'document', kind: 'payment_terms', requested: 60, allowed: 45 }, 'limit'))
      .toEqual({ key: 'deviation.payment_terms.limit', params: { requested: '60', allowed: '45', line: '' } });
    expect(deviationMessage({ scope: 'document', kind: 'value', requested: { amount: '120000.00', currency: 'EUR' }, allowed: { amount: '100000.00', currency: 'EUR' } }, 'your').params)
      .toEqual({ requested: '120000.00 EUR', allowed: '100000.00 EUR', line: '' });
    expect(deviationMessage({ scope: 'line', line_index: 2, kind: 'tax_rate', requested: '0', allowed: '21.0000' }, 'your'))
      .toEqual({ key: 'deviation.tax_rate.your', params: { requested: '0', allowed: '21', line: '3' } });
  });
  it('names only the kind when the figures are hidden', () => {
    expect(deviationMessage({ scope: 'line', line_index: 1, kind: 'margin' }, 'your'))
      .toEqual({ key: 'deviation.margin.bare', params: { line: '2', kind: 'margin' } });
    expect(deviationMessage({ scope: 'document', kind: 'weird', requested: '1', allowed: '0' }, 'your').key).toBe('deviation.other.bare');
  });
});
