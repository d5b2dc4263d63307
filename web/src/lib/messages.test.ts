import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toApiError } from './api/client';
import { LOCALES, loadServerMessages, setLocale } from './i18n/index.svelte';
import { messageText, paramText } from './messages';

describe('server messages by code', () => {
  // The server's message codes load lazily per language (i18n/index.svelte.ts).
  beforeAll(() => Promise.all(LOCALES.map(loadServerMessages)));
  afterEach(() => setLocale('en', false));

  it('renders a known code in the chosen language, with field labels and locale numbers', () => {
    setLocale('de', false);
    expect(messageText({ code: 'field.required', params: { field: 'price_list_id' }, detail: 'price_list_id is required' })).toBe('Preisliste ist erforderlich.');
    setLocale('es', false);
    expect(messageText({ code: 'field.required', params: { field: 'price_list_id' }, detail: 'x' })).toBe('Lista de precios es obligatorio.');
    expect(paramText('1234.5', 'de-DE')).toBe('1.234,5');
    expect(paramText({ amount: '1234.50', currency: 'EUR' }, 'de-DE')).toBe('1.234,50\u00a0€');
    expect(paramText('0042', 'de-DE')).toBe('0042');
  });

  it('shows ids, versions and date parts as sent, amounts in the locale', () => {
    setLocale('de', false);
    expect(messageText({ code: 'record.stale', params: { entity: 'account', version: '1234' }, detail: 'x' }))
      .toContain('Version 1234');
    expect(messageText({ code: 'owner.inactive', params: { id: '12345' }, detail: 'x' })).toBe('Benutzer 12345 ist deaktiviert.');
    expect(messageText({ code: 'field.out_of_range', params: { field: 'priority', min: '0', max: '1000' }, detail: 'x' }))
      .toContain('1.000');
  });

  it('falls back to the English detail: no code, an unknown code, or params missing', () => {
    setLocale('de', false);
    expect(messageText({ detail: 'name is required' })).toBe('name is required');
    expect(messageText({ code: 'no_such_code', detail: 'as the server said' })).toBe('as the server said');
    expect(messageText({ code: 'field.required', detail: 'name is required' })).toBe('name is required');
    expect(messageText({ code: 'Bad Code!', detail: 'd' })).toBe('d');
    expect(messageText({}, 'fallback')).toBe('fallback');
  });

  it('problem bodies: field errors and the detail are rendered from codes, bodies without codes as before', () => {
    setLocale('de', false);
    const e = toApiError(422, {
      status: 422, detail: 'price_list_id is required', code: 'field.required', params: { field: 'price_list_id' },
      errors: [
        { field: 'price_list_id', detail: 'price_list_id is required', code: 'field.required', params: { field: 'price_list_id' } },
        { field: 'notes', detail: 'notes has a control character' },
      ],
    });
    expect(e.fieldErrors).toEqual({ price_list_id: 'Preisliste ist erforderlich.', notes: 'notes has a control character' });
    expect(e.detail).toBe('Preisliste ist erforderlich.');
    expect(e.code).toBe('field.required');
    const f = toApiError(412, { status: 412, detail: 'version 3 is stale', code: 'record.stale', params: { entity: 'account', version: '3' } });
    expect(f.detail).toBe('Dieser Datensatz (account) wurde inzwischen geändert (jetzt Version 3); laden Sie ihn neu und nehmen Sie Ihre Änderung erneut vor.');
  });
});
