import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecordData } from './api/client';
import { childRecords, type ChildRecordsOptions } from './child-records.svelte';
import type { FieldDef } from './entities';
import { t } from './i18n/index.svelte';

type Call = { method: string; url: string; body: unknown; ifMatch: string | undefined };
type Reply = [status: number, body: unknown];

/** Stubs fetch with `reply`, which answers each request in turn; returns the requests made. */
function server(reply: (c: Call) => Reply): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    const c: Call = { method: init.method ?? 'GET', url, body: init.body ? JSON.parse(String(init.body)) : undefined, ifMatch: headers['If-Match'] };
    calls.push(c);
    const [status, body] = reply(c);
    return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }));
  return calls;
}

const page = (items: RecordData[]) => ({ items, total: items.length, limit: 100, offset: 0 });
const ada: RecordData = { id: 3, version: 4, first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' };
const fields: FieldDef[] = [
  { name: 'first_name', kind: 'text', required: true },
  { name: 'last_name', kind: 'text' },
  { name: 'email', kind: 'email' },
];
const LIST = '/api/v1/contacts?account_id=7&sort=last_name&limit=100';

function contacts(more: Partial<ChildRecordsOptions> = {}) {
  return childRecords({ entity: 'contacts', parentField: 'account_id', parentId: () => 7, sort: 'last_name', limit: 100, fields, ...more });
}

describe('child records', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('loads the children of the parent', async () => {
    const calls = server(() => [200, page([ada])]);
    const r = contacts();
    expect(r.items).toBeNull();
    await r.load();
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([`GET ${LIST}`]);
    expect(r.items).toEqual([ada]);
    expect(r.error).toBe('');
  });

  it('runs prepare on the rows before they are shown', async () => {
    server(() => [200, page([ada])]);
    const seen: RecordData[][] = [];
    const r = contacts({ prepare: (rows) => { seen.push(rows); } });
    await r.load();
    expect(seen).toEqual([[ada]]);
  });

  it('shows an alert and an empty list when the load fails', async () => {
    server(() => [500, { title: 'Internal Server Error', status: 500 }]);
    const r = contacts();
    await r.load();
    expect(r.items).toEqual([]);
    expect(r.error).toBe(t('error.server'));
  });

  it('counts a failing prepare as a failed load', async () => {
    server(() => [200, page([ada])]);
    const r = contacts({ prepare: async () => { throw new Error('labels'); } });
    await r.load();
    expect(r.items).toEqual([]);
    expect(r.error).toBe(t('error.generic', { detail: 'labels' }));
  });

  it('creates a child with the parent id, closes the form and reloads', async () => {
    let saved = false;
    const calls = server((c) => {
      if (c.method === 'POST') { saved = true; return [201, { ...ada, id: 9 }]; }
      return [200, page(saved ? [ada, { ...ada, id: 9 }] : [])];
    });
    const r = contacts();
    await r.load();
    r.open('new', { first_name: 'Grace' });
    expect(r.form).toEqual({ first_name: 'Grace', last_name: '', email: '' });
    r.form.last_name = 'Hopper';
    await r.save();
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([`GET ${LIST}`, 'POST /api/v1/contacts', `GET ${LIST}`]);
    expect(calls[1].body).toEqual({ first_name: 'Grace', last_name: 'Hopper', account_id: 7 });
    expect(calls[1].ifMatch).toBeUndefined();
    expect(r.editing).toBeNull();
    expect(r.items?.map((x) => x.id)).toEqual([3, 9]);
    expect(r.form).toEqual({ first_name: '', last_name: '', email: '' });
    expect(r.busy).toBe(false);
  });

  it('reads the parent id at each call', async () => {
    let parent = 7;
    const calls = server((c) => (c.method === 'POST' ? [201, ada] : [200, page([])]));
    const r = contacts({ parentId: () => parent });
    parent = 8;
    r.editing = 'new';
    r.form.first_name = 'Ada';
    await r.save();
    expect(calls[0].body).toEqual({ first_name: 'Ada', account_id: 8 });
    expect(calls[1].url).toBe('/api/v1/contacts?account_id=8&sort=last_name&limit=100');
  });

  it('puts validation problems on their fields and keeps the form open', async () => {
    const calls = server(() => [422, {
      title: 'Unprocessable Content', status: 422, detail: 'email is invalid', field: 'email',
      errors: [{ field: 'email', detail: 'email is invalid' }, { field: 'first_name', detail: 'first_name is required' }],
    }]);
    const r = contacts();
    r.open('new');
    r.form.email = 'nope';
    await r.save();
    expect(calls).toHaveLength(1);
    expect(r.errors).toEqual({ email: 'email is invalid', first_name: 'first_name is required' });
    expect(r.error).toBe('');
    expect(r.editing).toBe('new');
    expect(r.form.email).toBe('nope');
    expect(r.busy).toBe(false);
  });

  it('shows any other failure as one alert and keeps the form open', async () => {
    server(() => [412, { title: 'Precondition Failed', status: 412, detail: 'The record has changed.' }]);
    const r = contacts();
    r.open(ada);
    await r.save();
    expect(r.errors).toEqual({});
    expect(r.error).toBe('The record has changed.');
    expect(r.editing).toEqual(ada);
  });

  it('updates a child with its version in If-Match and every form field', async () => {
    const calls = server((c) => (c.method === 'PATCH' ? [200, { ...ada, version: 5 }] : [200, page([ada])]));
    const r = contacts();
    r.open(ada);
    expect(r.form).toEqual({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' });
    r.form.email = '';
    await r.save();
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['PATCH /api/v1/contacts/3', `GET ${LIST}`]);
    expect(calls[0].ifMatch).toBe('"4"');
    expect(calls[0].body).toEqual({ first_name: 'Ada', last_name: 'Lovelace', email: null });
    expect(r.editing).toBeNull();
  });

  it('clears the field errors but not the values on cancel', async () => {
    server(() => [422, { status: 422, errors: [{ field: 'email', detail: 'bad' }] }]);
    const r = contacts();
    r.open('new');
    r.form.email = 'x';
    await r.save();
    expect(r.errors).toEqual({ email: 'bad' });
    r.cancel();
    expect(r.editing).toBeNull();
    expect(r.errors).toEqual({});
    expect(r.form.email).toBe('x');
  });

  it('clears both kinds of error on open and fills the form from the record', async () => {
    server(() => [500, { status: 500 }]);
    const r = contacts();
    await r.load();
    expect(r.error).not.toBe('');
    r.open(ada);
    expect(r.error).toBe('');
    expect(r.errors).toEqual({});
    expect(r.form.email).toBe('ada@example.com');
  });
});
