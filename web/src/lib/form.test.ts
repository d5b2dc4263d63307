import { describe, expect, it } from 'vitest';
import type { FieldDef } from './entities';
import { toBody, toForm, unsavedFields } from './form';

const fields: FieldDef[] = [
  { name: 'city', kind: 'text' },
  { name: 'credit_limit', kind: 'money' },
  { name: 'payment_terms_days', kind: 'int' },
  { name: 'owner_id', kind: 'ref', ref: 'users' },
];
const base = { id: 1, version: 1, city: 'Bonn', credit_limit: null, payment_terms_days: 30, owner_id: 4 };

describe('unsavedFields', () => {
  it('is empty for the record as loaded, and for an empty amount whose currency followed the record', () => {
    const form = toForm(fields, base);
    expect(unsavedFields(fields, form, base)).toEqual([]);
    form.credit_limit = { amount: '', currency: 'EUR' };
    expect(unsavedFields(fields, form, base)).toEqual([]);
  });
  it('names the fields whose sent value changed', () => {
    const form = toForm(fields, base);
    form.city = 'Köln';
    form.credit_limit = { amount: '5000', currency: 'EUR' };
    form.payment_terms_days = '45';
    form.owner_id = '';
    expect(unsavedFields(fields, form, base)).toEqual(['city', 'credit_limit', 'payment_terms_days', 'owner_id']);
  });
});

describe('read-only fields', () => {
  const withReadOnly: FieldDef[] = [...fields, { name: 'number', kind: 'text', readOnly: true }];
  it('are in the form (a saved record shows them) but never sent and never unsaved', () => {
    const form = toForm(withReadOnly, { ...base, number: 'INV-2026-00042' });
    expect(form.number).toBe('INV-2026-00042');
    form.number = 'changed';
    expect(unsavedFields(withReadOnly, form, { ...base, number: 'INV-2026-00042' })).toEqual([]);
    expect(toBody(withReadOnly, form)).not.toHaveProperty('number');
  });
});
