import { describe, expect, it } from 'vitest';
import { candidateLabel, checkRequest } from './duplicates';

describe('the duplicate check request', () => {
  it('asks nothing while the form says too little', () => {
    expect(checkRequest('leads', {}, null)).toBeNull();
    expect(checkRequest('leads', { company: 'Mü', country: 'DE', status: 'new' }, null)).toBeNull();
    expect(checkRequest('accounts', { email: 'info@mueller', country: 'DE' }, null)).toBeNull();
    expect(checkRequest('accounts', { phone: '+49 40', name: 'AB' }, null)).toBeNull();
  });

  it('sends only the compared fields, trimmed, with the edited record', () => {
    const form = { company: ' Müller GmbH ', vat_id: '', email: 'a@mueller-med.de', status: 'new', score: 40, owner_id: 3 };
    expect(checkRequest('leads', form, 7)).toEqual({ entity: 'leads', id: 7, fields: { company: 'Müller GmbH', email: 'a@mueller-med.de' } });
    expect(checkRequest('accounts', { name: 'Klinik Nord', tax_id: 'DE 123 456 789', kind: 'company' }, null))
      .toEqual({ entity: 'accounts', id: null, fields: { name: 'Klinik Nord', tax_id: 'DE 123 456 789' } });
    // An account's form has no company field, a lead's no name field.
    expect(checkRequest('accounts', { company: 'Klinik Nord' }, null)).toBeNull();
  });

  it('names candidates as their lists do', () => {
    expect(candidateLabel({ entity: 'accounts', id: 4, matched: ['vat'], record: { id: 4, version: 1, name: 'Klinik Nord' } })).toBe('Klinik Nord');
    expect(candidateLabel({ entity: 'leads', id: 5, matched: ['name'], record: { id: 5, version: 1, first_name: 'Anna', last_name: 'Weber', company: 'Nord' } }))
      .toBe('Anna Weber (Nord)');
    expect(candidateLabel({ entity: 'leads', id: 6, matched: ['phone'], record: { id: 6, version: 1 } })).toBe('#6');
  });
});
