import { describe, expect, it } from 'vitest';
import { LISTS, listHref, mailHref, telHref } from './overview';

describe('tap-to-call and tap-to-mail links', () => {
  it('dials the digits of a number as written, keeping the leading plus', () => {
    expect(telHref('+353 1 199 8355')).toBe('tel:+35311998355');
    expect(telHref('(030) 123-45')).toBe('tel:03012345');
    expect(telHref('+34 +600')).toBe('tel:+34600');
  });
  it('gives no link for what cannot be dialled or mailed', () => {
    expect(telHref('')).toBe('');
    expect(telHref(null)).toBe('');
    expect(telHref('ask reception')).toBe('');
    expect(mailHref('not an address')).toBe('');
    expect(mailHref('buyer@clinic.example')).toBe('mailto:buyer@clinic.example');
  });
});

describe('a section links to the list of its records on the account', () => {
  it('filters by the account, and tasks by the record they are about', () => {
    const quotes = LISTS.find((l) => l.key === 'open_quotes')!;
    expect(listHref(quotes, 7)).toBe('/quotes?account_id=7&status__in=draft,pending_approval,approved,sent');
    const tasks = LISTS.find((l) => l.key === 'open_tasks')!;
    expect(listHref(tasks, 7)).toBe('/tasks?related_id=7&done=false&related_entity=accounts');
  });
});
