import { describe, expect, it, vi } from 'vitest';
// The router reads the page's location when it loads.
vi.hoisted(() => Object.assign(globalThis, { location: { pathname: '/', search: '', origin: 'http://localhost' } }));
import { mayMailDocuments } from './lib/documents';
import { mail } from './module';
import { navFor, navVisible, userMenuFor } from '../../lib/registry';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

describe('mail module', () => {
  it('puts the PDF and e-mail card on the quote and on the three billing documents', () => {
    expect(mail.recordExtensions?.map((x) => x.entity)).toEqual(['quotes', 'invoices', 'credit-notes', 'dunning-claims']);
    const invoice = mail.recordExtensions?.find((x) => x.entity === 'invoices');
    const record = { id: 7, status: 'posted' };
    expect(invoice?.props({ record, etag: '', update: () => {} })).toEqual({ entity: 'invoices', record });
  });

  it('lets only those who write invoices e-mail them', () => {
    expect(mayMailDocuments('finance')).toBe(true);
    expect(mayMailDocuments('director')).toBe(true);
    for (const role of ['rep', 'manager', 'senior_manager', 'admin', 'logistics'] as const) expect(mayMailDocuments(role)).toBe(false);
    expect(mayMailDocuments(undefined)).toBe(false);
  });

  it('shows the week and the feed to those who plan visits and calls, the outbox to those who read it', () => {
    const sees = (role: Parameters<typeof navFor>[0]) => navFor(role).flatMap((g) => g.items.map((i) => i.id));
    for (const role of ['rep', 'manager', 'senior_manager', 'director'] as const) {
      expect(sees(role)).toContain('calendar-week');
      expect(sees(role)).toContain('outbox-messages');
      expect(userMenuFor(role).map((i) => i.href)).toEqual(['/me/calendar-feed']);
      expect(navVisible('calendar-feed', role)).toBe(true);
    }
    for (const role of ['finance', 'admin', 'logistics', undefined] as const) {
      expect(sees(role)).not.toContain('calendar-week');
      expect(sees(role)).not.toContain('outbox-messages');
      expect(userMenuFor(role)).toEqual([]);
      expect(navVisible('calendar-feed', role)).toBe(false);
      expect(navVisible('calendar-week', role)).toBe(false);
    }
  });

  it('lists the outbox newest first, read only, with its state and last error', () => {
    const hints = mail.entities?.['outbox-messages'];
    expect(hints?.defaultSort).toBe('-created_at');
    expect(hints?.creatable).toBe(false);
    expect(hints?.columns).toEqual(expect.arrayContaining(['state', 'to_address', 'subject', 'attempts', 'last_error']));
  });

  it('has every word in every language', () => {
    for (const catalog of [de, es, zh]) expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });
});
