import { describe, expect, it } from 'vitest';
import { canSimulate, emptyLine, headerFromQuote, lineFromDocument, lineKeys, pricingSignature, presetExtensions, presetLines, quoteBody, simulateBody } from './lines';

const header = headerFromQuote({ account_id: 12, contact_id: null, price_list_id: 1, currency: 'eur', language: 'de', payment_terms_days: 30, notes: '' });

describe('quote lines', () => {
  it('carries the fields other modules preset on a new quote, not the header\'s nor unknown ones', () => {
    const params = new URLSearchParams('account_id=12&opportunity_id=7&tab=x&campaign=');
    expect(presetExtensions(params, ['account_id', 'opportunity_id', 'campaign'])).toEqual({ opportunity_id: 7 });
  });

  it('builds the request body: numbers for ids, empty fields left out', () => {
    const line = { ...emptyLine(), product_id: '3', quantity: '12', manual_discount_pct: '15' };
    expect(quoteBody(header, [line])).toEqual({
      account_id: 12, price_list_id: 1, currency: 'EUR', language: 'de', payment_terms_days: 30,
      lines: [{ product_id: 3, quantity: '12', manual_discount_pct: '15', line_key: 'L1' }],
    });
  });
  it('sends a cleared field as null when the saved quote had it', () => {
    const saved = headerFromQuote({ account_id: 12, contact_id: 40, price_list_id: 1 });
    const body = quoteBody({ ...saved, contact_id: '' }, [], saved);
    expect(body.contact_id).toBeNull();
    expect(body).not.toHaveProperty('incoterm');
  });
  it('gives new lines keys that do not collide with kept ones', () => {
    const kept = { ...emptyLine(), line_key: 'L2' };
    expect(lineKeys([kept, emptyLine(), emptyLine()])).toEqual(['L2', 'L3', 'L4']);
    expect(lineKeys([emptyLine()])).toEqual(['L1']);
    expect(lineKeys([{ ...emptyLine(), line_key: 'custom' }, emptyLine()])).toEqual(['custom', 'L1']);
  });
  it('keeps the stable line key of saved lines', () => {
    const l = lineFromDocument({ line_key: 'L1', product_id: 3, quantity: '12.000', unit: 'pc', manual_unit_price: null, tax_rate_pct: '4.0000', tax_rate_source: 'manual' });
    expect(quoteBody(header, [l]).lines).toEqual([{ product_id: 3, quantity: '12.000', unit: 'pc', tax_rate_pct: '4.0000', line_key: 'L1' }]);
  });
  it('sends a default tax rate back as absent, so the server works it out again', () => {
    const l = lineFromDocument({ line_key: 'L1', product_id: 3, quantity: '1', tax_rate_pct: '21.0000', tax_rate_source: 'default' });
    expect(l.tax_rate_pct).toBe('');
    expect(quoteBody(header, [l]).lines).toEqual([{ product_id: 3, quantity: '1', line_key: 'L1' }]);
    const legacy = lineFromDocument({ line_key: 'L2', product_id: 3, quantity: '1', tax_rate_pct: '0.0000' });
    expect(legacy.tax_rate_pct).toBe('');
  });
  it('simulates a line only with an account, a product and a positive quantity', () => {
    const l = { ...emptyLine(), product_id: '3', quantity: '5' };
    expect(canSimulate(header, l)).toBe(true);
    expect(canSimulate(header, { ...l, quantity: '0' })).toBe(false);
    expect(canSimulate(header, { ...l, quantity: 'x' })).toBe(false);
    expect(canSimulate({ ...header, account_id: '' }, l)).toBe(false);
    expect(simulateBody(header, l, '2026-07-15')).toEqual({ account_id: 12, product_id: 3, quantity: '5', date: '2026-07-15', price_list_id: 1 });
  });
  it('signs what the engine price depends on, not manual overrides', () => {
    const l = { ...emptyLine(), product_id: '3', quantity: '5' };
    expect(pricingSignature(header, l)).toBe(pricingSignature(header, { ...l, manual_discount_pct: '10' }));
    expect(pricingSignature(header, l)).not.toBe(pricingSignature(header, { ...l, quantity: '6' }));
  });
});

describe('presetLines', () => {
  it('opens a new quote with the lines of the link, skipping malformed ones', () => {
    const params = new URLSearchParams('account_id=3&line=12:40&line=7:2.5:box&line=x:1&line=9:1.2345&line=5:3:BOX');
    const lines = presetLines(params);
    expect(lines.map((l) => [l.product_id, l.quantity, l.unit])).toEqual([['12', '40', ''], ['7', '2.5', 'box']]);
    expect(new Set(lines.map((l) => l.uid)).size).toBe(2);
  });
  it('gives none without line parameters', () => {
    expect(presetLines(new URLSearchParams('account_id=3'))).toEqual([]);
  });
});
